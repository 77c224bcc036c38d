#!/usr/bin/env bash
# End-to-end proof that the shell scripts `cloudmc-keys export` writes really authenticate:
# a real Keystone (uwsgi, sqlite, fernet) and a real Swift behind it on 127.0.0.1, the real
# `openstack` and `swift` clients, a user whose password is full of shell metacharacters.
#
#   bash .ci/openstack-e2e.sh                        # the jar: $CLOUDMC_KEYS_JAR or target/cloudmc-keys.jar
#   bash .ci/openstack-e2e.sh --handwritten-openrc   # hand-written scripts instead (to work on this file)
#   bash .ci/openstack-e2e.sh --openrc-only          # without the other formats' checks (.ci/openstack/e2e-formats.sh)
#
# Then, unless --handwritten-openrc or --openrc-only: clouds.yaml, rclone, `cloudmc-keys check`, and the AWS
# profile through Swift's S3 API with the real `openstack`, `rclone` and `aws` (.ci/openstack/e2e-formats.sh);
# then exec and the AWS credential_process profile, which write no secret (.ci/openstack/e2e-exec.sh).
# Installs its Debian packages when missing (needs root then), uses the fixed loopback ports
# 5000 (Keystone), 8080 (Swift proxy) and 6200-6202 (object, container, account servers),
# keeps everything else in one temporary directory, and stops what it started by PID on exit.
# OPENSTACK_E2E_LOGS=DIR: copy the servers' and clients' logs there before the directory goes.
set -Eeuo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
TEMPLATES=$REPO/.ci/openstack

HANDWRITTEN=false
FORMATS_CHECKS=true
for arg in "$@"; do
    case $arg in
        --handwritten-openrc) HANDWRITTEN=true ;;
        --openrc-only) FORMATS_CHECKS=false ;;
        -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "openstack e2e: unknown argument: $arg (see --help)" >&2; exit 2 ;;
    esac
done

# The distribution's Python: the one the OpenStack packages were installed for, whatever PATH says.
PY=/usr/bin/python3
PACKAGES=(python3-keystone python3-keystonemiddleware python3-keystoneclient python3-openstackclient
          python3-swiftclient uwsgi-core uwsgi-plugin-python3
          swift swift-proxy swift-object swift-container swift-account zsh awscli rclone)
PORTS=(5000 8080 6200 6201 6202)
READY_SECONDS=60

PROJECT=system-ccontini
USERNAME=system-ccontini-2925
# Quotes of both kinds, $, a space, !, a backquote, backslashes (one lone, two in a row) and a non-ASCII letter.
# shellcheck disable=SC2016
PASSWORD='p'\''a"s $w!`d\x\\ 1é'
ADMIN_PASSWORD=admin-$RANDOM$RANDOM$RANDOM
SWIFT_PASSWORD=swift-$RANDOM$RANDOM$RANDOM
CONTAINER=e2e-conteneur
OBJECT='données été ☃.txt'
JAR=${CLOUDMC_KEYS_JAR:-target/cloudmc-keys.jar}
[[ $JAR == /* ]] || JAR=$REPO/$JAR

# The environment every sourced script starts from: nothing of this shell's, plus the traps.
CLEAN_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
V3_TRAPS=(OS_TENANT_NAME=wrong OS_TENANT_ID=wrong OS_CLOUD=wrong
          ST_AUTH=http://wrong ST_USER=wrong ST_KEY=wrong)
V2_TRAPS=(OS_USER_DOMAIN_ID=x OS_PROJECT_DOMAIN_NAME=y OS_INTERFACE=admin OS_AUTH_TYPE=v3password
          OS_CLOUD=wrong ST_AUTH=http://wrong)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/openstack-e2e.XXXXXX")
LOGS=$WORK/logs
RUN=$WORK/run
mkdir -p "$LOGS" "$RUN" "$WORK/home"

SERVER_PIDS=()
SERVER_NAMES=()
SERVER_LOGS_HELP=
CHECKS=0
PHASE=
PHASE_START=0
TIMINGS=()
START_NS=$(date +%s%N)

# ---------------------------------------------------------------- output, failure, cleanup

mask() {
    local line
    while IFS= read -r line || [[ -n $line ]]; do
        line=${line//"$PASSWORD"/<password>}
        line=${line//"$ADMIN_PASSWORD"/<admin-password>}
        line=${line//"$SWIFT_PASSWORD"/<swift-password>}
        [[ -z ${S3_SECRET:-} ]] || line=${line//"$S3_SECRET"/<s3-secret>}
        printf '%s\n' "$line"
    done
}

show_file() { # FILE [LINES]: its last lines, masked, indented
    [[ -s $1 ]] || return 0
    echo "  --- ${1#"$WORK"/} (last ${2:-25} lines)" >&2
    tail -n "${2:-25}" "$1" | mask | sed 's/^/  | /' >&2
}

# A failed check of a script under test: the servers' logs would only bury the message.
# A server's log without its per-request lines and known harmless chatter.
show_server_log() { # NAME [LINES]
    local file=$LOGS/$1.log filtered=$LOGS/$1.filtered
    [[ -s $file ]] || return 0
    grep -vE '^\[pid: [0-9]+\|app|is not known to keystonemiddleware|object-server: 127|container-server: 127|account-server: 127' \
        "$file" > "$filtered" || true
    show_file "$filtered" "${2:-25}"
}

fail() {
    echo "openstack e2e: FAILED in phase '$PHASE': $*" | mask >&2
    SERVER_LOGS_HELP=${SERVER_LOGS_HELP:-false}
    exit 1
}

# A failure the servers' side may explain (they refused, crashed, answered oddly).
fail_with_server_logs() {
    SERVER_LOGS_HELP=true
    fail "$@"
}

pass() {
    CHECKS=$((CHECKS + 1))
    echo "  ok  $*"
}

elapsed() { # NS_SINCE -> "12.3 s"
    local ms=$(( ($(date +%s%N) - $1) / 1000000 ))
    printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100))
}

phase() {
    [[ -z $PHASE ]] || TIMINGS+=("$(printf '%-16s %s' "$PHASE" "$(elapsed "$PHASE_START")")")
    PHASE=$1
    PHASE_START=$(date +%s%N)
    [[ -z $PHASE ]] || echo "== $PHASE"
}

# Alive and not a zombie waiting for us to reap it; no procps needed.
alive() {
    local stat rest state
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    rest=${stat##*) }
    state=${rest%% *}
    [[ $state != Z ]]
}

process_group() {
    local stat rest
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    rest=${stat##*) }
    read -r _ _ pgrp _ <<< "$rest"
    echo "$pgrp"
}

# Stops one server we started with setsid: its own process group (workers included), never ours.
stop_server() {
    local pid=$1 i target
    target=$pid
    if [[ $(process_group "$pid" || true) == "$pid" && $pid != "$(process_group $$)" ]]; then
        target=-$pid
    fi
    kill -TERM -- "$target" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
        alive "$pid" || break
        sleep 0.1
    done
    if alive "$pid"; then
        echo "  ${2:-server} (pid $pid) ignored SIGTERM for 10 s: SIGKILL" >&2
        kill -KILL -- "$target" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    if [[ $target == -* ]] && kill -0 -- "$target" 2>/dev/null; then
        sleep 0.5
        kill -KILL -- "$target" 2>/dev/null || true
    fi
}

cleanup() {
    local rc=$? i
    trap - EXIT ERR
    if ((rc != 0)) && [[ $SERVER_LOGS_HELP != false ]]; then
        for ((i = 0; i < ${#SERVER_NAMES[@]}; i++)); do
            show_server_log "${SERVER_NAMES[i]}" 15
        done
    fi
    for ((i = ${#SERVER_PIDS[@]} - 1; i >= 0; i--)); do
        stop_server "${SERVER_PIDS[i]}" "${SERVER_NAMES[i]}"
    done
    if [[ -n ${OPENSTACK_E2E_LOGS:-} ]]; then
        if mkdir -p "$OPENSTACK_E2E_LOGS"; then cp -r "$LOGS/." "$OPENSTACK_E2E_LOGS/" || true; fi
    fi
    rm -rf "$WORK"
    ((rc == 0)) || echo "openstack e2e: failed after $CHECKS checks (exit $rc, $(elapsed "$START_NS"))" >&2
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'echo "openstack e2e: line $LINENO: \"$BASH_COMMAND\" failed (exit $?)" | mask >&2' ERR

# setsid: a Swift server's parent signals its whole process group on SIGTERM; give each its own.
start_server() { # NAME COMMAND...
    local name=$1
    shift
    setsid "$@" > "$LOGS/$name.log" 2>&1 < /dev/null &
    SERVER_PIDS+=("$!")
    SERVER_NAMES+=("$name")
}

server_pid() {
    local i
    for ((i = 0; i < ${#SERVER_NAMES[@]}; i++)); do
        [[ ${SERVER_NAMES[i]} != "$1" ]] || { echo "${SERVER_PIDS[i]}"; return; }
    done
}

http_status() { # PORT PATH -> the status code of GET http://127.0.0.1:PORT/PATH, or nothing
    local line
    line=$( { exec 3<> "/dev/tcp/127.0.0.1/$1" &&
              printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\n\r\n' "$2" "$1" >&3 &&
              IFS= read -r -t 5 line <&3 && printf '%s' "$line"; } 2>/dev/null ) || true
    line=${line#* }
    printf '%s' "${line%% *}"
}

wait_http() { # NAME PORT PATH: until GET answers 200, the server stays up and READY_SECONDS last
    local name=$1 port=$2 path=$3 pid deadline=$((SECONDS + READY_SECONDS)) status
    pid=$(server_pid "$name")
    while :; do
        status=$(http_status "$port" "$path")
        [[ $status != 200 ]] || return 0
        alive "$pid" || { show_server_log "$name" 40; fail "$name (pid $pid) exited before answering"; }
        ((SECONDS < deadline)) || { show_server_log "$name" 40;
            fail "$name did not answer 200 on 127.0.0.1:$port$path within $READY_SECONDS s (last: ${status:-no answer})"; }
        sleep 0.2
    done
}

render() { # TEMPLATE OUT [KEY=VALUE...]: @DIR@, @USER@ and the given keys replaced
    local template=$TEMPLATES/$1 out=$2 expr kv
    shift 2
    expr="s|@DIR@|$WORK|g; s|@USER@|$(id -un)|g"
    for kv in "$@"; do expr+="; s|@${kv%%=*}@|${kv#*=}|g"; done
    sed "$expr" "$template" > "$out"
}

sq() { # POSIX single-quoted
    local escaped=${1//\'/\'\\\'\'}
    printf "'%s'" "$escaped"
}

sha256() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }

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

# ---------------------------------------------------------------- 6. the scripts under test

phase "export"
DATA=$WORK/demo-data.json
E2E_PROJECT=$PROJECT E2E_USER=$USERNAME E2E_PASSWORD=$PASSWORD "$PY" - "$DATA" <<'EOF'
import json, os, sys
def field(key, value, sensitive=False, specific=False):
    return {"key": key, "value": value, "sensitive": sensitive, "environmentSpecific": specific}
data = {
    "user": {"id": "e2e-user", "userName": "ccontini", "firstName": "Chloé", "lastName": "Contini",
             "email": "chloe.contini@example.com"},
    "connections": [{"id": "e2e-swift", "serviceCode": "objects-local", "name": "Object Storage", "type": "swift"}],
    "environments": [{
        "id": "e2e-env", "name": "ccontini", "description": "Keystone and Swift on loopback",
        "organization": {"id": "e2e-org", "name": "Demo Corp", "entryPoint": "democorp"},
        "connectionId": "e2e-swift",
        "apiInfo": {"canRegenerateCredentials": True, "fields": [
            field("auth_url_v2", "http://127.0.0.1:5000/v2.0"),
            field("project_name", os.environ["E2E_PROJECT"], specific=True),
            field("user_name", os.environ["E2E_USER"], specific=True),
            field("password", os.environ["E2E_PASSWORD"], sensitive=True, specific=True),
            field("auth_url", "http://127.0.0.1:5000"),
            field("identity_api_version", "3"),
            field("domain_id", "default"),
        ]},
    }],
}
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(data, out, ensure_ascii=False, indent=2)
EOF

# The hand-written stand-ins: the shape the export is expected to have, for working on this file.
write_handwritten() { # FORMAT FILE
    local format=$1 file=$2
    (
        umask 077
        {
            echo "# Hand-written stand-in for: cloudmc-keys export --format $format"
            if [[ $format == openrc-v2 ]]; then
                echo "unset OS_USER_DOMAIN_ID OS_USER_DOMAIN_NAME OS_PROJECT_DOMAIN_ID OS_PROJECT_DOMAIN_NAME"
                echo "unset OS_DOMAIN_ID OS_DOMAIN_NAME OS_DEFAULT_DOMAIN OS_INTERFACE OS_AUTH_TYPE OS_CLOUD"
                echo "unset ST_AUTH ST_USER ST_KEY ST_AUTH_VERSION"
                echo "export OS_AUTH_URL=$(sq http://127.0.0.1:5000/v2.0)"
                echo "export OS_TENANT_NAME=$(sq "$PROJECT")"
            else
                echo "unset OS_TENANT_ID OS_TENANT_NAME OS_CLOUD ST_AUTH ST_USER ST_KEY ST_AUTH_VERSION"
                echo "export OS_AUTH_URL=$(sq http://127.0.0.1:5000)"
            fi
            echo "export OS_PROJECT_NAME=$(sq "$PROJECT")"
            echo "export OS_USERNAME=$(sq "$USERNAME")"
            if [[ $format == openrc-v3-prompt ]]; then
                echo "printf 'Password for %s: ' $(sq "$USERNAME") >&2"
                echo "if [ -t 0 ]; then stty -echo; fi"
                echo "IFS= read -r OS_PASSWORD"
                echo "if [ -t 0 ]; then stty echo; echo >&2; fi"
                echo "export OS_PASSWORD"
            else
                echo "export OS_PASSWORD=$(sq "$PASSWORD")"
            fi
            if [[ $format == openrc-v2 ]]; then
                echo "export OS_IDENTITY_API_VERSION='2.0'"
            else
                echo "export OS_USER_DOMAIN_ID='default'"
                echo "export OS_PROJECT_DOMAIN_ID='default'"
                echo "export OS_IDENTITY_API_VERSION='3'"
                echo "export OS_INTERFACE='public'"
                echo "export OS_AUTH_TYPE='password'"
            fi
        } > "$file"
    )
}

export_script() { # NAME FILE ARGS...: cloudmc-keys export, checked: exit 0, mode 600, no password on its output
    local name=$1 file=$2
    shift 2
    if $HANDWRITTEN; then
        local format=$2
        [[ " $* " != *" --prompt-password "* ]] || format+=-prompt
        write_handwritten "$format" "$file"
    else
        local rc=0
        java -jar "$JAR" export --demo-data "$DATA" --service ccontini "$@" -o "$file" \
            > "$LOGS/export-$name.out" 2> "$LOGS/export-$name.err" < /dev/null || rc=$?
        ((rc == 0)) || { show_file "$LOGS/export-$name.out"; show_file "$LOGS/export-$name.err"
                         fail "cloudmc-keys export --service ccontini $* -o $(basename "$file") exited $rc"; }
        ! grep -qF -- "$PASSWORD" "$LOGS/export-$name.out" "$LOGS/export-$name.err" ||
            fail "cloudmc-keys export $* printed the password on its output while writing to a file"
    fi
    [[ -f $file ]] || fail "export $* wrote no $file"
    local mode
    mode=$(stat -c %a "$file")
    [[ $mode == 600 ]] || fail "$file has mode $mode, not 600"
    pass "export $*: $(basename "$file"), mode 600"
}

if ! $HANDWRITTEN; then
    command -v java > /dev/null || fail "java is not on PATH"
    [[ -f $JAR ]] || fail "no jar at $JAR: build it first (./mvnw -B package) or set CLOUDMC_KEYS_JAR"
    # The app reads the data file as written, the hostile password intact (shown only with --reveal).
    for reveal in "" --reveal; do
        rc=0
        java -jar "$JAR" show --demo-data "$DATA" --service ccontini $reveal > "$LOGS/show$reveal.out" 2>&1 < /dev/null || rc=$?
        ((rc == 0)) || { show_file "$LOGS/show$reveal.out"; fail "cloudmc-keys show --demo-data … --service ccontini $reveal exited $rc"; }
        [[ $(head -n 1 "$LOGS/show$reveal.out") == "Object Storage / ccontini"* ]] ||
            { show_file "$LOGS/show$reveal.out"; fail "cloudmc-keys show did not find 'Object Storage / ccontini' in the data file"; }
        if [[ -z $reveal ]]; then
            ! grep -qF -- "$PASSWORD" "$LOGS/show.out" || fail "cloudmc-keys show printed the password without --reveal"
        else
            grep -qF -- "$PASSWORD" "$LOGS/show--reveal.out" || fail "cloudmc-keys show --reveal does not show the password byte for byte"
        fi
    done
    pass "cloudmc-keys reads $(basename "$DATA"): Object Storage / ccontini, the password intact"
fi
export_script v3 "$RUN/openrc.sh" --format openrc-v3
export_script prompt "$RUN/openrc-prompt.sh" --format openrc-v3 --prompt-password
export_script v2 "$RUN/openrc-v2.sh" --format openrc-v2
export_script fr "$RUN/openrc-fr.sh" --format openrc-v3 --lang fr
export_script fr-prompt "$RUN/openrc-fr-prompt.sh" --format openrc-v3 --prompt-password --lang fr
if ! $HANDWRITTEN; then
    grep -q '^# Identifiants OpenStack pour Keystone v3' "$RUN/openrc-fr.sh" || fail "openrc-fr.sh has no French comments"
    pass "export --lang fr: the comments are French"
fi
if ! $HANDWRITTEN; then
    before=$(sha256sum < "$RUN/openrc.sh")
    if java -jar "$JAR" export --demo-data "$DATA" --service ccontini --format openrc-v2 -o "$RUN/openrc.sh" \
        > "$LOGS/export-again.out" 2>&1 < /dev/null; then
        fail "export -o over an existing file succeeded without --force"
    fi
    [[ $(sha256sum < "$RUN/openrc.sh") == "$before" ]] || fail "export without --force changed the existing file"
    pass "export -o refuses to overwrite an existing file without --force"
fi
! grep -qF -e "$PASSWORD" -e "$(sq "$PASSWORD")" -e '1é' "$RUN/openrc-prompt.sh" ||
    fail "openrc-prompt.sh contains the password (or part of it)"
pass "the --prompt-password script holds no password"

# ---------------------------------------------------------------- 7. source and authenticate

# Sourced in a clean environment by SHELL: writes OUT.sha (the password's hash), OUT.env (the
# OS_*/ST_* variables but the password), OUT.token, OUT.err and OUT.rc (of `openstack token issue`).
# POSIX, so that bash, zsh and dash all run the very same lines.
# shellcheck disable=SC2016
SOURCE_AND_AUTH='script=$1 out=$2
. "./$script" || { echo "sourcing $script failed" >&2; exit 10; }
printf %s "$OS_PASSWORD" | sha256sum | cut -d" " -f1 > "$out.sha"
env | grep -E "^(OS|ST)_" | grep -v "^OS_PASSWORD=" | sort > "$out.env"
openstack token issue -f shell -c id -c project_id -c user_id > "$out.token" 2> "$out.err"
echo $? > "$out.rc"'

source_and_auth() { # SHELL SCRIPT OUT [VAR=VALUE...] [< stdin]
    local shell=$1 script=$2 out=$3 rc=0
    shift 3
    (cd "$RUN" && env -i PATH="$CLEAN_PATH" HOME="$WORK/home" LANG=C.UTF-8 "$@" \
        "$shell" -c "$SOURCE_AND_AUTH" e2e "$script" "$out") > "$LOGS/$out.log" 2>&1 || rc=$?
    ((rc == 0)) || { show_file "$LOGS/$out.log"; fail "$shell could not source $script (exit $rc)"; }
    [[ $(cat "$RUN/$out.sha") == "$(sha256 "$PASSWORD")" ]] ||
        fail "$shell: OS_PASSWORD after sourcing $script differs from the password (compared by SHA-256)"
}

env_value() { sed -n "s/^$2=//p" "$RUN/$1.env"; } # OUT NAME
env_names() { cut -d= -f1 "$RUN/$1.env" | tr '\n' ' '; }

expect_token() { # SHELL SCRIPT OUT: the token is the test user's, scoped to the test project
    local shell=$1 script=$2 out=$3
    [[ $(cat "$RUN/$out.rc") == 0 ]] ||
        { show_file "$RUN/$out.err"; fail_with_server_logs "$shell: openstack token issue after $script failed"; }
    if ! grep -qx "project_id=\"$PROJECT_ID\"" "$RUN/$out.token" || ! grep -qx "user_id=\"$USER_ID\"" "$RUN/$out.token" ||
        ! grep -q '^id="..*"$' "$RUN/$out.token"; then
        fail "$shell: the token issued after $script is not $USERNAME's in $PROJECT"
    fi
    pass "$shell: . $script && openstack token issue -> a token for $USERNAME in $PROJECT"
}

expect_v3_environment() { # SHELL SCRIPT OUT
    local shell=$1 script=$2 out=$3 name
    for name in OS_TENANT_NAME OS_TENANT_ID OS_CLOUD ST_AUTH ST_USER ST_KEY; do
        ! grep -q "^$name=" "$RUN/$out.env" || fail "$shell: $name is still set after sourcing $script"
    done
    [[ $(env_value "$out" OS_USERNAME) == "$USERNAME" && $(env_value "$out" OS_PROJECT_NAME) == "$PROJECT" &&
       $(env_value "$out" OS_IDENTITY_API_VERSION) == 3 ]] ||
        fail "$shell: OS_USERNAME, OS_PROJECT_NAME or OS_IDENTITY_API_VERSION wrong after $script (set: $(env_names "$out"))"
    pass "$shell: $script cleared OS_TENANT_*, OS_CLOUD, ST_*; the password arrived byte for byte"
}

phase "v3 (bash)"
source_and_auth bash openrc.sh bash-v3 "${V3_TRAPS[@]}"
expect_v3_environment bash openrc.sh bash-v3
expect_token bash openrc.sh bash-v3

printf 'Bonjour, Québec ☃\nligne 2 — fin\n' > "$RUN/payload.txt"
# shellcheck disable=SC2016
SWIFT_ROUND_TRIP='. ./openrc.sh || exit 10
swift upload --object-name "$1" "$2" payload.txt || exit 11
swift list "$2" > swift-list.out || exit 12
swift download "$2" "$1" -o swift-download.out || exit 13'
rc=0
(cd "$RUN" && env -i PATH="$CLEAN_PATH" HOME="$WORK/home" LANG=C.UTF-8 "${V3_TRAPS[@]}" \
    bash -c "$SWIFT_ROUND_TRIP" e2e "$OBJECT" "$CONTAINER") > "$LOGS/swift-round-trip.log" 2>&1 || rc=$?
((rc == 0)) || { show_file "$LOGS/swift-round-trip.log"; fail_with_server_logs "swift upload/list/download after openrc.sh failed (exit $rc)"; }
[[ $(cat "$RUN/swift-list.out") == "$OBJECT" ]] || fail "swift list $CONTAINER did not list exactly '$OBJECT'"
cmp -s "$RUN/payload.txt" "$RUN/swift-download.out" || fail "the object downloaded differs from the one uploaded"
pass "bash: . openrc.sh && swift upload, list, download of '$OBJECT' (non-ASCII name and content)"

phase "v3 prompt"
source_and_auth bash openrc-prompt.sh bash-prompt "${V3_TRAPS[@]}" < <(printf '%s\n' "$PASSWORD")
expect_v3_environment bash openrc-prompt.sh bash-prompt
expect_token bash openrc-prompt.sh bash-prompt

phase "v3 in French: comments and the prompt in French, the same variables"
source_and_auth bash openrc-fr.sh bash-fr "${V3_TRAPS[@]}"
expect_v3_environment bash openrc-fr.sh bash-fr
expect_token bash openrc-fr.sh bash-fr
cmp -s "$RUN/bash-v3.env" "$RUN/bash-fr.env" || fail "openrc-fr.sh sets other variables than openrc.sh"
source_and_auth dash openrc-fr-prompt.sh dash-fr-prompt "${V3_TRAPS[@]}" < <(printf '%s\n' "$PASSWORD")
expect_token dash openrc-fr-prompt.sh dash-fr-prompt

phase "v2.0"
source_and_auth bash openrc-v2.sh bash-v2 "${V2_TRAPS[@]}"
leftovers=$(grep -oE '^(OS_[A-Z_]*DOMAIN[A-Z_]*|OS_INTERFACE|OS_AUTH_TYPE|OS_CLOUD|ST_[A-Z_]*)=' "$RUN/bash-v2.env" | tr '\n' ' ' || true)
[[ -z $leftovers ]] || fail "openrc-v2.sh left v3-only or conflicting variables set: $leftovers"
pass "openrc-v2.sh cleared every OS_*DOMAIN*, OS_INTERFACE, OS_AUTH_TYPE, OS_CLOUD and ST_* variable"
[[ $(env_value bash-v2 OS_TENANT_NAME) == "$PROJECT" && $(env_value bash-v2 OS_PROJECT_NAME) == "$PROJECT" ]] ||
    fail "openrc-v2.sh must set both OS_TENANT_NAME and OS_PROJECT_NAME to $PROJECT (set: $(env_names bash-v2))"
[[ $(env_value bash-v2 OS_IDENTITY_API_VERSION) == 2.0 ]] ||
    fail "openrc-v2.sh: OS_IDENTITY_API_VERSION is '$(env_value bash-v2 OS_IDENTITY_API_VERSION)', not 2.0"
[[ $(env_value bash-v2 OS_AUTH_URL) == http://127.0.0.1:5000/v2.0 && $(env_value bash-v2 OS_USERNAME) == "$USERNAME" ]] ||
    fail "openrc-v2.sh: OS_AUTH_URL or OS_USERNAME wrong"
pass "openrc-v2.sh: OS_TENANT_NAME = OS_PROJECT_NAME, OS_IDENTITY_API_VERSION=2.0, v2.0 URL, the password byte for byte"
# Keystone 22 has no v2.0 API: the client must fail on discovery, not on a leaked domain.
[[ $(cat "$RUN/bash-v2.rc") != 0 ]] || fail "openstack token issue against a v2.0 URL of Keystone 22 succeeded?"
if grep -qi 'domain scope' "$RUN/bash-v2.err"; then
    show_file "$RUN/bash-v2.err"
    fail "openstack refused v2.0 because a domain variable leaked through openrc-v2.sh"
fi
grep -qiE 'not found|discover' "$RUN/bash-v2.err" ||
    { show_file "$RUN/bash-v2.err"; fail "openstack token issue with openrc-v2.sh failed, but not with Keystone's 'Not Found'"; }
pass "openrc-v2.sh: openstack token issue reaches Keystone's missing v2.0 API (Not Found), no domain-scope refusal"

phase "zsh, dash"
for shell in zsh dash; do
    if command -v "$shell" > /dev/null; then
        source_and_auth "$shell" openrc.sh "$shell-v3" "${V3_TRAPS[@]}"
        expect_v3_environment "$shell" openrc.sh "$shell-v3"
        expect_token "$shell" openrc.sh "$shell-v3"
    else
        echo "  skip $shell: not installed"
    fi
done

if ! $HANDWRITTEN && $FORMATS_CHECKS; then
    # shellcheck source=openstack/e2e-formats.sh
    . "$TEMPLATES/e2e-formats.sh"
    # shellcheck source=openstack/e2e-exec.sh
    . "$TEMPLATES/e2e-exec.sh"
    # shellcheck source=openstack/e2e-roles.sh
    . "$TEMPLATES/e2e-roles.sh"
fi

phase ""
for timing in "${TIMINGS[@]}"; do echo "  $timing"; done
what=$(basename "$JAR")
if $HANDWRITTEN; then what="hand-written scripts"; fi
echo "openstack e2e: $CHECKS checks passed ($what, $(elapsed "$START_NS"))"
