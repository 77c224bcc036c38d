#!/usr/bin/env bash
# Corporate networks, end to end: a real Squid (Debian's squid) whose hosts_file alone maps
# portal.internal.test to a loopback TLS portal signed by a private CA that the tests make with
# openssl; the packaged jar reaches that portal only through the proxy, NO_PROXY sends it direct
# (and the name does not resolve), the window (Monocle, Preferences' Manual proxy) lists the
# portal's service and shows its exports through the proxy alone, a second Squid with
# basic_ncsa_auth takes the right login and refuses a wrong one (its access log shows the
# CONNECTs); every TLS failure is said word for word;
# and the openrc exported with OS_CACERT, sourced by bash, gets a token from the Keystone behind the CA.
# Installs squid and openssl when missing (needs root then); the Squids run in the foreground, each
# in its own temporary folder, and stop with their test.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

missing=()
for package in squid openssl bash python3; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# Debian starts the squid service it installs: it would hold port 3128 and write logs for nothing.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet squid 2>/dev/null; then
  systemctl stop squid
fi
squid -v | head -1

# In CI none of these tests may skip: Squid and the shells are required.
export CLOUDMC_REQUIRE_SQUID=1
export CLOUDMC_REQUIRE_SHELLS=${CLOUDMC_REQUIRE_SHELLS:-bash}
# The child JVMs of SquidProxyTest run the packaged jar when it is there (after ./mvnw verify).
jar=${CLOUDMC_KEYS_JAR:-target/cloudmc-keys.jar}
if [ -f "$jar" ]; then
  CLOUDMC_KEYS_JAR=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
  export CLOUDMC_KEYS_JAR
fi

tests=SquidProxyTest,CorporateNetworkWindowTest,PrivateCaCommandLineTest,OpenRcCaCertShellTest,TlsSentencesTest,ProxyRulesTest
./mvnw -B -ntp -q test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false

for test in ${tests//,/ }; do
  report=$(ls target/surefire-reports/TEST-*."$test".xml)
  if grep -q '<skipped' "$report"; then
    echo "proxy e2e: $test skipped some of its cases" >&2
    exit 1
  fi
  printf 'proxy e2e: %s: %s\n' "$test" "$(grep -o 'tests="[0-9]*" errors="[0-9]*" skipped="[0-9]*" failures="[0-9]*"' "$report" | head -1)"
done
echo "proxy e2e: command line run from ${CLOUDMC_KEYS_JAR:-the test class path}"
