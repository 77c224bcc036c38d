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


# shellcheck source=openstack/e2e-lib.sh
. "$TEMPLATES/e2e-lib.sh"
# shellcheck source=openstack/e2e-servers.sh
. "$TEMPLATES/e2e-servers.sh"
# shellcheck source=openstack/e2e-openrc.sh
. "$TEMPLATES/e2e-openrc.sh"

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
