# shellcheck shell=bash
# Sourced by .ci/openstack-e2e.sh: the openrc scripts under test (cloudmc-keys export, or hand-written), sourced by bash, zsh and dash, each
# checked for its variables and for a token from Keystone.

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
