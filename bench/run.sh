#!/usr/bin/env bash
# The benchmarks of docs/benchmarks.md, one table on standard output (and in target/bench/benchmarks-table.md):
# start-up and peak memory against an empty JavaFX window (and the first frame's controls alone), the command line against a Java hello world, the packaged
# launcher with and without CDS, search and pick-to-display in the real window, the matcher and export writers (JMH), the app-image's size.
#
#   bash bench/run.sh              # builds the app-image and the test classes first (./mvnw -Ppackage package)
#   bash bench/run.sh --no-build   # takes target/ as it is (after ./mvnw verify and the package build)
#   bash bench/run.sh --quick      # each measurement once or briefly: proves the harness works, figures meaningless
#
# Needs Linux, Xvfb (xvfb-run) and strip (binutils); as root it installs them when missing. Logs of every process
# it starts stay in target/bench/logs/. Exits 1 when a measurement could not be made, never because a figure is slow.
set -Eeuo pipefail
cd "$(dirname "$0")/.."

BUILD=true
QUICK=()
for arg in "$@"; do
    case $arg in
        --no-build) BUILD=false ;;
        --quick) QUICK=(--quick) ;;
        -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench: unknown argument: $arg (see --help)" >&2; exit 2 ;;
    esac
done

missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
command -v strip >/dev/null || missing+=(binutils)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || missing+=(libgtk-3-0)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
        echo "bench: install ${missing[*]} first" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if $BUILD; then
    ./mvnw -B -ntp -q -Ppackage package -DskipTests -Dpackage.installer=none
fi
mkdir -p target/bench
# The test class path (JMH, the app's libraries) for the suite and the JMH forks it starts.
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
CLASSPATH_FILE=target/bench/classpath.txt

# One X server for every JVM the suite starts, the app's and the baselines' alike.
exec xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24 -nolisten tcp" \
    java -cp "target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")" \
    io.github.cloudmckeys.bench.BenchmarkSuite "${QUICK[@]}" \
    --image target/jpackage/image/cloudmc-keys --javafx-jars target/jpackage/javafx \
    --jlink-options packaging/jlink.txt --bench-classes target/test-classes --out target/bench \
    --jar target/cloudmc-keys.jar
