#!/usr/bin/env bash
# The cmd scripts run by a real cmd: Wine's. Debian's wine and wine64 (8.0 in bookworm)
# are enough: cmd.exe is a 64-bit program, so no i386 architecture and no wine32 (wine
# prints that syswow64's rundll32 is missing, which 64-bit programs do not need). cmd needs
# no display. CmdInWineTest compares, script by script, what cmd sets with what bash sets.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for package in bash wine wine64; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
wine --version

CLOUDMC_REQUIRE_SHELLS=bash,wine ./mvnw -B -ntp -q test -Dtest=CmdInWineTest -Dsurefire.failIfNoSpecifiedTests=false

report=target/surefire-reports/TEST-io.github.cloudmckeys.render.script.CmdInWineTest.xml
if grep -q '<skipped' "$report"; then
  echo "wine cmd: the test skipped its cases" >&2
  exit 1
fi
grep -o 'tests="[0-9]*"' "$report" | head -1 | sed 's/^/cmd scripts run by Wine: /'
