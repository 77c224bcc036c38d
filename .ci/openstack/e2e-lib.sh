# shellcheck shell=bash
# Sourced by .ci/openstack-e2e.sh: its output, failures, cleanup, and the servers it starts and stops by PID.

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
trap 'echo "openstack e2e: ${BASH_SOURCE[0]##*/} line $LINENO: \"$BASH_COMMAND\" failed (exit $?)" | mask >&2' ERR

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
