#!/bin/sh
# The training run behind the app-image's CDS class list (packaging/build.xml; not shipped): the window started
# as its launcher starts it (the runtime, the class path and the options of lib/app/cloudmc-keys.cfg) but through
# the benchmarks' test-scope launcher, io.github.cloudmckeys.app.ProbedMain, which ends it once a service of the
# demo portal is shown. The app itself never ends that way. Run under a display (xvfb-run), with a fresh home.
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
# shellcheck disable=SC2086 # one option a line in the cfg, none with a space
exec "$image/lib/runtime/bin/java" -XX:DumpLoadedClassList="$list" -Dcloudmc.probe=service:ccontini $options \
    -cp "$classpath:$test_classes" io.github.cloudmckeys.app.ProbedMain
