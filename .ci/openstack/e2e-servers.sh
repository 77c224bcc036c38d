# shellcheck shell=bash
# Sourced by .ci/openstack-e2e.sh: the Debian packages, the ports, a real Keystone and a real Swift on 127.0.0.1, the test accounts.

# ---------------------------------------------------------------- 1. packages

phase "packages"
missing=()
for package in "${PACKAGES[@]}"; do
    [[ $(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true) == installed ]] ||
        missing+=("$package")
done
if ((${#missing[@]} == 0)); then
    pass "all ${#PACKAGES[@]} packages already installed"
else
    ((EUID == 0)) || fail "not root, cannot install: ${missing[*]}"
    echo "  installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q > "$LOGS/apt.log" 2>&1 < /dev/null || { show_file "$LOGS/apt.log"; fail "apt-get update failed"; }
    apt-get install -y -q --no-install-recommends "${missing[@]}" >> "$LOGS/apt.log" 2>&1 < /dev/null ||
        { show_file "$LOGS/apt.log"; fail "apt-get install failed"; }
    pass "installed ${#missing[@]} packages"
fi
[[ -f /etc/swift/swift.conf ]] || fail "/etc/swift/swift.conf (shipped by the swift package, read by every Swift server) is missing"

# ---------------------------------------------------------------- 2. ports

phase "ports"
for port in "${PORTS[@]}"; do
    if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        if command -v ss > /dev/null; then ss -ltnp "sport = :$port" >&2 || true; fi
        fail "127.0.0.1:$port is already in use (a previous run's server left behind?); this test needs ports ${PORTS[*]}"
    fi
done
pass "ports ${PORTS[*]} free on 127.0.0.1"

# ---------------------------------------------------------------- 3. Keystone

phase "keystone"
KEYSTONE_CONF=$WORK/keystone/keystone.conf
mkdir "$WORK/keystone"
mkdir -m 700 "$WORK/keystone/fernet-keys" "$WORK/keystone/credential-keys"
render keystone.conf "$KEYSTONE_CONF"
export OS_KEYSTONE_CONFIG_FILES=$KEYSTONE_CONF
manage() { # LOG ARGS...: keystone-manage against our configuration
    local log=$LOGS/keystone-manage-$1.log
    shift
    keystone-manage --config-file "$KEYSTONE_CONF" "$@" > "$log" 2>&1 < /dev/null
}
# Independent steps in parallel: each is mostly Python start-up.
manage db_sync db_sync & db_sync=$!
manage fernet fernet_setup --keystone-user "$(id -un)" --keystone-group "$(id -gn)" & fernet=$!
manage credential credential_setup --keystone-user "$(id -un)" --keystone-group "$(id -gn)" & credential=$!
wait "$db_sync" || { show_file "$LOGS/keystone-manage-db_sync.log"; fail "keystone-manage db_sync failed"; }
wait "$fernet" || { show_file "$LOGS/keystone-manage-fernet.log"; fail "keystone-manage fernet_setup failed"; }
wait "$credential" || { show_file "$LOGS/keystone-manage-credential.log"; fail "keystone-manage credential_setup failed"; }
# Without WAL, Keystone's lingering read transaction makes the next write fail: "database is locked".
journal=$("$PY" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA journal_mode=WAL").fetchone()[0])' \
    "$WORK/keystone/keystone.db")
[[ $journal == wal ]] || fail "sqlite journal mode is '$journal', not wal"
OS_BOOTSTRAP_PASSWORD=$ADMIN_PASSWORD manage bootstrap bootstrap \
    --bootstrap-admin-url http://127.0.0.1:5000/v3/ --bootstrap-internal-url http://127.0.0.1:5000/v3/ \
    --bootstrap-public-url http://127.0.0.1:5000/v3/ --bootstrap-region-id RegionOne ||
    { show_file "$LOGS/keystone-manage-bootstrap.log"; fail "keystone-manage bootstrap failed"; }
start_server keystone uwsgi-core --plugin python3 --http11-socket 127.0.0.1:5000 \
    --wsgi-file /usr/bin/keystone-wsgi-public --master --die-on-term --processes 2 --lazy-apps --need-app \
    --worker-reload-mercy 3 --reload-mercy 3
wait_http keystone 5000 /v3
pass "Keystone answers on http://127.0.0.1:5000/v3"

# ---------------------------------------------------------------- 4. Swift

phase "swift"
SWIFT_DIR=$WORK/swift
mkdir -p "$SWIFT_DIR/node/d1"
# One device per ring, one replica: what a single loopback node needs.
"$PY" - "$SWIFT_DIR" <<'EOF' > "$LOGS/rings.log" 2>&1 || { show_file "$LOGS/rings.log"; fail "building the rings failed"; }
import sys
from swift.common.ring import RingBuilder
swift_dir = sys.argv[1]
for kind, port in (("object", 6200), ("container", 6201), ("account", 6202)):
    builder = RingBuilder(8, 1, 1)
    builder.add_dev({"id": 0, "region": 1, "zone": 1, "ip": "127.0.0.1", "port": port,
                     "device": "d1", "weight": 100, "meta": ""})
    builder.rebalance()
    builder.save(f"{swift_dir}/{kind}.builder")
    builder.get_ring().save(f"{swift_dir}/{kind}.ring.gz")
EOF
for server in object:6200 container:6201 account:6202; do
    kind=${server%:*}
    render storage-server.conf "$SWIFT_DIR/$kind-server.conf" "KIND=$kind" "PORT=${server#*:}"
    start_server "swift-$kind" "swift-$kind-server" "$SWIFT_DIR/$kind-server.conf" --verbose
done
render proxy-server.conf "$SWIFT_DIR/proxy-server.conf" "SWIFT_PASSWORD=$SWIFT_PASSWORD"
start_server swift-proxy swift-proxy-server "$SWIFT_DIR/proxy-server.conf" --verbose

# ---------------------------------------------------------------- 5. accounts (while Swift starts)

phase "accounts"
ids=$(E2E_ADMIN_PASSWORD=$ADMIN_PASSWORD E2E_USER_PASSWORD=$PASSWORD E2E_SWIFT_PASSWORD=$SWIFT_PASSWORD \
      E2E_PROJECT=$PROJECT E2E_USER=$USERNAME "$PY" "$TEMPLATES/keystone-setup.py" 2> "$LOGS/keystone-setup.log" < /dev/null) ||
    { show_file "$LOGS/keystone-setup.log"; fail_with_server_logs "creating the project, the user and the object-store endpoints failed"; }
read -r PROJECT_ID USER_ID <<< "$ids"
[[ -n ${PROJECT_ID:-} && -n ${USER_ID:-} ]] || fail "keystone-setup.py printed no ids"
pass "project $PROJECT and user $USERNAME (member) created, object-store endpoints registered"
for server in object:6200 container:6201 account:6202 proxy:8080; do
    wait_http "swift-${server%:*}" "${server#*:}" /healthcheck
done
pass "Swift proxy, object, container and account servers answer on 127.0.0.1"
