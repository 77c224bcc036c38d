#!/bin/sh
# The training runs behind the app-image's CDS class list (packaging/build.xml; not shipped), each started as the
# launcher starts the app (the runtime, the class path and the options of lib/app/cloudmc-keys.cfg): the window,
# through the benchmarks' test-scope launcher io.github.cloudmckeys.app.ProbedMain, which ends it once a service of
# the demo portal is shown (the app itself never ends that way); then the command line, `list --demo` and an
# `export` from the demo portal, so that the archive serves the commands too. Their class lists are merged, each
# class once, in the order first loaded. Run under a display (xvfb-run), with a fresh home.
#
#   cds-training.sh IMAGE TEST_CLASSES CLASS_LIST
set -eu

image=$1
test_classes=$2
list=$3
app=$image/lib/app
cfg=$app/cloudmc-keys.cfg
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\\\$APPDIR#$app#" | paste -sd: -)
options=$(sed -n 's/^java-options=//p' "$cfg" | grep -v '^-XX:SharedArchiveFile=' || true)
runs=$(mktemp -d)
trap 'rm -rf "$runs"' EXIT

# shellcheck disable=SC2086 # one option a line in the cfg, none with a space
"$image/lib/runtime/bin/java" -XX:DumpLoadedClassList="$runs/window" -Dcloudmc.probe=service:ccontini $options \
    -cp "$classpath:$test_classes" io.github.cloudmckeys.app.ProbedMain
# shellcheck disable=SC2086
"$image/lib/runtime/bin/java" -XX:DumpLoadedClassList="$runs/list" $options -cp "$classpath" \
    io.github.cloudmckeys.app.Main list --demo >/dev/null
# shellcheck disable=SC2086
"$image/lib/runtime/bin/java" -XX:DumpLoadedClassList="$runs/export" $options -cp "$classpath" \
    io.github.cloudmckeys.app.Main export --demo --service sandbox >/dev/null
awk '!seen[$0]++ && !/io\/github\/cloudmckeys\/app\/(ProbedMain|WindowProbe|ProcessFigures)/' \
    "$runs/window" "$runs/list" "$runs/export" >"$list"
