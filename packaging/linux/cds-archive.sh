#!/bin/sh
# The app-image's CDS archive (Class Data Sharing: the classes the window loads at start, parsed and verified
# once and then mapped into every start; the first frame comes about a third sooner, docs/benchmarks.md).
# Shipped in lib/app/ beside cloudmc-keys.classlist, the classes a training run of the window loaded when the
# package was built (packaging/build.xml). The archive is made where the app is installed (the .deb's postinst):
# at some 45 MiB it would not fit in the app-image's 60 MiB, and it must be made by the runtime that maps it.
# The launcher's cfg names it with -XX:SharedArchiveFile; without it, or with one that no longer matches the
# jars, the JVM starts without it and says nothing.
#
#   cds-archive.sh create   # lib/app/cloudmc-keys.jsa, replacing any
#   cds-archive.sh remove
set -eu

app=$(cd "$(dirname "$0")" && pwd)
archive=$app/cloudmc-keys.jsa

case "${1:-}" in
    create)
        list=$app/cloudmc-keys.classlist
        cfg=$app/cloudmc-keys.cfg
        [ -f "$list" ] || { echo "cds-archive.sh: no class list at $list" >&2; exit 1; }
        # The launcher's class path and options exactly (a different class path would not match the archive),
        # less the option that names the archive.
        classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\\\$APPDIR#$app#" | paste -sd: -)
        options=$(sed -n 's/^java-options=//p' "$cfg" | grep -v '^-XX:SharedArchiveFile=' || true)
        rm -f "$archive"
        # shellcheck disable=SC2086 # one option a line in the cfg, none with a space
        "$app/../runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive" \
            $options -cp "$classpath"
        ;;
    remove)
        rm -f "$archive"
        ;;
    *)
        echo "usage: cds-archive.sh create|remove" >&2
        exit 2
        ;;
esac
