#!/usr/bin/env bash
# The API key in a real OS keyring: GNOME Keyring under dbus-run-session, unlocked with a test
# password, no display. The packaged command line logs in to a portal on loopback (the demo
# portal's server, which refuses any key but its own), lists with no key in the environment,
# lists the remembered portals and logs out; after each step the keyring's contents are read
# back with libsecret's secret-tool, and no file under HOME may hold the key. Then the same
# without any D-Bus session: the portal is kept without its key and nothing reaches a file.
# Also runs SecretServiceKeyStoreTest against the daemon, where it may not skip.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--inside-session" ]; then
  missing=()
  for package in gnome-keyring dbus-x11 libsecret-tools; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  [ -f target/cloudmc-keys.jar ] || ./mvnw -B -ntp -q package -DskipTests
  ./mvnw -B -ntp -q test-compile
  work=$(mktemp -d "${TMPDIR:-/tmp}/cloudmc-keyring.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/home"
  # A fresh HOME: the daemon's keyrings, the settings file and nothing else live there.
  env -u DBUS_SESSION_BUS_ADDRESS HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work" KEYRING_WORK="$work" \
    MAVEN_USER_HOME="${MAVEN_USER_HOME:-$HOME/.m2}" M2_HOME_REPO="$HOME/.m2/repository" \
    dbus-run-session -- bash "$0" --inside-session
  exit $?
fi

work="$KEYRING_WORK"
fail() { echo "keyring e2e: $*" >&2; exit 1; }
key=demo-key-not-a-secret # the demo portal's own key (DemoPortal.API_KEY)
name="Portail d'essai « é »"
cli=(java -jar target/cloudmc-keys.jar)

printf 'test-password' | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
for _ in $(seq 100); do # until the daemon owns the Secret Service's name on the bus
  dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
    string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && break
  sleep 0.1
done
secret-tool search --all application cloudmc-keys 2>&1 | grep -q . && fail "the new keyring is not empty"

java -cp "target/cloudmc-keys.jar:target/lib/*:target/test-classes" io.github.cloudmckeys.demo.ServedDemoPortal \
  "$work/endpoint" &
portal_pid=$!
trap 'kill "$portal_pid" 2>/dev/null || true' EXIT
for _ in $(seq 300); do [ -s "$work/endpoint" ] && break; sleep 0.1; done
endpoint=$(cat "$work/endpoint")
[ -n "$endpoint" ] || fail "the loopback portal did not start"
echo "portal on $endpoint"

no_file_holds_the_key() {
  if grep -rlF -- "$key" "$HOME" 2>/dev/null | grep -v '/.local/share/keyrings/'; then
    fail "$1: a file under HOME holds the API key"
  fi
  # The keyring's own file is encrypted: the key must not be readable in it either.
  if grep -rqF -- "$key" "$HOME/.local/share/keyrings" 2>/dev/null; then fail "$1: the keyring file holds the key in clear"; fi
}

# login: the key on standard input, checked against the portal, kept in the keyring.
printf '%s\n' "$key" | env -u CLOUDMC_API_KEY "${cli[@]}" login --endpoint "$endpoint" --name "$name" 2>"$work/login.err" \
  || { cat "$work/login.err" >&2; fail "login failed"; }
cat "$work/login.err"
[ "$(secret-tool lookup application cloudmc-keys portal "$name")" = "$key" ] || fail "login: the keyring does not hold the key"
secret-tool search --all application cloudmc-keys >"$work/search.txt" 2>&1
grep -qxF "label = CloudMC Keys: $name" "$work/search.txt" || { cat "$work/search.txt"; fail "login: no entry labelled for the portal"; }
grep -qxF "attribute.endpoint = $endpoint" "$work/search.txt" || fail "login: the entry does not name its endpoint"
[ "$(grep -c '^label = ' "$work/search.txt")" = 1 ] || fail "login: more than one entry"
grep -rqF -- "$endpoint" "$XDG_CONFIG_HOME/cloudmc-keys/settings.json" || fail "login: the portal is not in the settings"
no_file_holds_the_key login

# list: no key and no endpoint in the environment; the default portal's key comes from the keyring.
env -u CLOUDMC_API_KEY -u CLOUDMC_ENDPOINT java -jar target/cloudmc-keys.jar list >"$work/list.out" 2>"$work/list.err" \
  || { cat "$work/list.err" >&2; fail "list from the keyring failed"; }
grep -q ' / ' "$work/list.out" || fail "list: no services"
[ ! -s "$work/list.err" ] || { cat "$work/list.err" >&2; fail "list: said something on stderr (the demo fallback?)"; }
no_file_holds_the_key list

# portals: name, endpoint, default, key stored; never the key.
"${cli[@]}" portals | tee "$work/portals.out"
grep -qxF "$name	$endpoint	default	key stored" "$work/portals.out" || fail "portals: unexpected listing"
grep -qF -- "$key" "$work/portals.out" && fail "portals: printed the key"

# logout: the entry and the key go.
"${cli[@]}" logout --portal "$name"
[ -z "$(secret-tool lookup application cloudmc-keys portal "$name")" ] || fail "logout: the key is still in the keyring"
secret-tool search --all application cloudmc-keys 2>&1 | grep -q '^label = ' && fail "logout: an entry is left"
"${cli[@]}" portals 2>&1 | grep -q 'No portal is remembered' || fail "logout: the portal is still remembered"
"${cli[@]}" list 2>&1 >/dev/null | grep -q '^No portal chosen: showing the demo portal' || fail "list: no demo-fallback line"
no_file_holds_the_key logout

# No keyring at all (no D-Bus session): the portal is kept without its key; the key reaches no file.
set +e
printf '%s\n' "$key" | env -u DBUS_SESSION_BUS_ADDRESS java -jar target/cloudmc-keys.jar login --endpoint "$endpoint" \
  --name "$name" 2>"$work/nokeyring.err"
code=$?
set -e
cat "$work/nokeyring.err"
[ "$code" = 1 ] || fail "login without a keyring: exit $code, not 1"
grep -q '^No system keyring could be reached' "$work/nokeyring.err" || fail "login without a keyring: not said"
env -u DBUS_SESSION_BUS_ADDRESS java -jar target/cloudmc-keys.jar portals | grep -qF "keyring unreachable" \
  || fail "portals without a keyring: not said"
no_file_holds_the_key "login without a keyring"
env -u DBUS_SESSION_BUS_ADDRESS java -jar target/cloudmc-keys.jar logout >/dev/null 2>&1 || true
"${cli[@]}" portals 2>&1 | grep -q 'No portal is remembered' || fail "logout without a keyring: the portal is still remembered"

# The real Secret Service backend's own test, which may not skip here.
CLOUDMC_REQUIRE_KEYRING=1 HOME="$work/home" ./mvnw -B -ntp -q -o test -Dtest=SecretServiceKeyStoreTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dmaven.repo.local="$M2_HOME_REPO"
report=target/surefire-reports/TEST-io.github.cloudmckeys.session.SecretServiceKeyStoreTest.xml
grep -q '<skipped' "$report" && fail "SecretServiceKeyStoreTest skipped under the daemon"
grep -o 'tests="[0-9]*"' "$report" | head -1 | sed 's/^/keyring e2e: SecretServiceKeyStoreTest /'
echo "keyring e2e: login, list, portals, logout and no keyring: ok"
