# shellcheck shell=bash
# Sourced by .ci/openstack-e2e.sh once its openrc checks passed: the same Keystone, Swift and test user.
# Proves the formats beyond the openrc with their real tools, and `cloudmc-keys check`:
#   clouds.yaml + secure.yaml and a merged ~/.config/openstack/clouds.yaml -> `openstack --os-cloud NAME token issue`
#   check -> OK with the expiry and the object-store endpoint; a wrong password, an unknown project, v2.0 -> exit 6
#   rclone-swift -> `rclone lsd` / `rclone copy` / `rclone cat` through Keystone and Swift
#   EC2 credentials from Keystone served as the portal's S3 keys, through Swift's S3 API (s3api + s3token):
#   aws-credentials / aws-config merged -> `aws s3 mb` / `cp` / `ls`; s3-env-sh sourced -> `aws s3 ls`;
#   rclone-s3 merged next to the Swift remote -> `rclone lsd` / `copy` / `cat`.
# Uses the caller's variables (WORK, RUN, LOGS, JAR, DATA, PASSWORD, PROJECT, PROJECT_ID, USER_ID, USERNAME,
# CLEAN_PATH, PY, CONTAINER, OBJECT) and helpers (phase, pass, fail, fail_with_server_logs, show_file, sq).

FORMATS=$RUN/formats
mkdir -p "$FORMATS" "$WORK/tool-home"
S3_BUCKET=e2e-bucket

# The jar with extra environment: cli NAME [VAR=VALUE...] -- ARGS...; output in $LOGS/cli-NAME.{out,err}, CLI_RC.
cli() {
    local name=$1 env_args=()
    shift
    while [[ $1 != -- ]]; do env_args+=("$1"); shift; done
    shift
    CLI_RC=0
    env "${env_args[@]}" java -jar "$JAR" "$@" > "$LOGS/cli-$name.out" 2> "$LOGS/cli-$name.err" < /dev/null || CLI_RC=$?
    ! grep -qF -- "$PASSWORD" "$LOGS/cli-$name.out" "$LOGS/cli-$name.err" ||
        fail "cloudmc-keys $* printed the test user's password"
}

cli_ok() { # NAME what-it-did
    ((CLI_RC == 0)) || { show_file "$LOGS/cli-$1.out"; show_file "$LOGS/cli-$1.err"; fail "cloudmc-keys ($1) exited $CLI_RC"; }
}

# A tool in a clean environment, cwd an empty folder: tool NAME [VAR=VALUE...] -- COMMAND...; TOOL_RC.
tool() {
    local name=$1 env_args=()
    shift
    while [[ $1 != -- ]]; do env_args+=("$1"); shift; done
    shift
    TOOL_RC=0
    (cd "$WORK/tool-home" && env -i PATH="$CLEAN_PATH" HOME="$WORK/tool-home" LANG=C.UTF-8 "${env_args[@]}" "$@") \
        > "$LOGS/$name.out" 2> "$LOGS/$name.err" < /dev/null || TOOL_RC=$?
}

tool_ok() { # NAME what
    ((TOOL_RC == 0)) || { show_file "$LOGS/$1.out"; show_file "$LOGS/$1.err"; fail_with_server_logs "$2 failed (exit $TOOL_RC)"; }
}

mode_600() { [[ $(stat -c %a "$1") == 600 ]] || fail "$1 has mode $(stat -c %a "$1"), not 600"; }

# A copy of the portal data with some fields changed: portal_data OUT KEY=VARIABLE... (values from the
# environment, so that no secret is on a command line).
portal_data() {
    "$PY" - "$DATA" "$@" <<'PYEOF'
import json, os, sys
source, out = sys.argv[1], sys.argv[2]
changes = {key: os.environ[name] for key, name in (kv.split("=", 1) for kv in sys.argv[3:])}
data = json.load(open(source, encoding="utf-8"))
fields = data["environments"][0]["apiInfo"]["fields"]
for key, value in changes.items():
    for field in fields:
        if field["key"] == key:
            field["value"] = value
            break
    else:
        fields.append({"key": key, "value": value, "sensitive": "secret" in key, "environmentSpecific": True})
json.dump(data, open(out, "w", encoding="utf-8"), ensure_ascii=False)
PYEOF
}

token_is_ours() { # FILE what: `openstack token issue -f shell -c project_id -c user_id` output
    grep -qx "project_id=\"$PROJECT_ID\"" "$1" && grep -qx "user_id=\"$USER_ID\"" "$1" ||
        { show_file "$1"; fail "$2: the token is not $USERNAME's in $PROJECT"; }
}

# ---------------------------------------------------------------- clouds.yaml

phase "clouds.yaml"
cli clouds -- export --demo-data "$DATA" --service ccontini --format clouds-yaml --name e2e \
    -o "$FORMATS/clouds.yaml" --secure-yaml "$FORMATS/secure.yaml"
cli_ok clouds
mode_600 "$FORMATS/clouds.yaml"
mode_600 "$FORMATS/secure.yaml"
split=$(E2E_PASSWORD=$PASSWORD "$PY" -c 'import os, sys, yaml
clouds = yaml.safe_load(open(sys.argv[1]))["clouds"]["e2e"]["auth"]
secure = yaml.safe_load(open(sys.argv[2]))["clouds"]["e2e"]["auth"]
print("password" not in clouds and secure == {"password": os.environ["E2E_PASSWORD"]})' "$FORMATS/clouds.yaml" "$FORMATS/secure.yaml")
[[ $split == True ]] || fail "clouds.yaml holds a password, or secure.yaml not exactly the test user's, although --secure-yaml was given"
pass "export --format clouds-yaml --secure-yaml: clouds.yaml without the password, secure.yaml with it, both mode 600"
OS_FILES=(OS_CLIENT_CONFIG_FILE="$FORMATS/clouds.yaml" OS_CLIENT_SECURE_FILE="$FORMATS/secure.yaml")
tool clouds-token "${OS_FILES[@]}" -- openstack --os-cloud e2e token issue -f shell -c project_id -c user_id
tool_ok clouds-token "openstack --os-cloud e2e token issue with the generated clouds.yaml + secure.yaml"
token_is_ours "$LOGS/clouds-token.out" "openstack --os-cloud e2e"
pass "openstack --os-cloud e2e token issue (clouds.yaml + secure.yaml): a token for $USERNAME in $PROJECT"

# "Add to my clouds.yaml" on a home whose clouds.yaml has another cloud, a comment, an anchor and a stale entry.
MERGE_HOME=$WORK/merge-home
mkdir -p "$MERGE_HOME/.config/openstack"
cat > "$MERGE_HOME/.config/openstack/clouds.yaml" <<'YAMLEOF'
# The user's own clouds: this comment and the other cloud must survive.
clouds:
  other:
    auth: &other_auth
      auth_url: https://other.example:5000
      username: someone
      password: "other's"
    region_name: Elsewhere
    verify: no
  other-copy:
    auth: *other_auth
  ccontini:
    auth:
      auth_url: http://127.0.0.1:5000
      username: stale-user
YAMLEOF
chmod 644 "$MERGE_HOME/.config/openstack/clouds.yaml"
others() { # the other clouds as a YAML loader reads them, as sorted JSON
    "$PY" -c 'import json, sys, yaml
c = yaml.safe_load(open(sys.argv[1]))["clouds"]
print(json.dumps({k: v for k, v in c.items() if k != "ccontini"}, sort_keys=True))' "$1"
}
others_before=$(others "$MERGE_HOME/.config/openstack/clouds.yaml")
before=$(sha256sum < "$MERGE_HOME/.config/openstack/clouds.yaml")
cli merge-refused HOME="$MERGE_HOME" -- export --demo-data "$DATA" --service ccontini --format clouds-yaml --merge
((CLI_RC == 1)) || fail "export --merge over an existing cloud of the same name exited $CLI_RC, not 1"
grep -qF "Not added: cloud \"ccontini\" in $MERGE_HOME/.config/openstack/clouds.yaml already exists" \
    "$LOGS/cli-merge-refused.err" || { show_file "$LOGS/cli-merge-refused.err"; fail "export --merge did not say why it refused"; }
[[ $(sha256sum < "$MERGE_HOME/.config/openstack/clouds.yaml") == "$before" ]] || fail "a refused merge changed clouds.yaml"
pass "export --merge refuses to replace the existing cloud \"ccontini\" without --force, clouds.yaml untouched"
cli merge HOME="$MERGE_HOME" -- export --demo-data "$DATA" --service ccontini --format clouds-yaml --merge --force
cli_ok merge
mode_600 "$MERGE_HOME/.config/openstack/clouds.yaml"
backup=$(find "$MERGE_HOME/.config/openstack" -name 'clouds.yaml.bak-*' | head -n 1)
[[ -n $backup && $(sha256sum < "$backup") == "$before" ]] || fail "no backup holding the old clouds.yaml"
mode_600 "$backup"
[[ $(others "$MERGE_HOME/.config/openstack/clouds.yaml") == "$others_before" ]] ||
    fail "the other clouds do not read the same after the merge"
grep -qF '# The user'\''s own clouds' "$MERGE_HOME/.config/openstack/clouds.yaml" || fail "the merge lost the file's comment"
pass "export --merge --force: ccontini replaced, the other clouds read the same, comment kept, backup $(basename "$backup"), mode 600"
tool merged-token HOME="$MERGE_HOME" -- openstack --os-cloud ccontini token issue -f shell -c project_id -c user_id
tool_ok merged-token "openstack --os-cloud ccontini token issue with the merged ~/.config/openstack/clouds.yaml"
token_is_ours "$LOGS/merged-token.out" "openstack --os-cloud ccontini (merged clouds.yaml)"
pass "openstack --os-cloud ccontini token issue with the merged ~/.config/openstack/clouds.yaml"

# The test user's EC2 credentials: what the portal shows as S3 keys (created with the generated clouds.yaml).
tool ec2 "${OS_FILES[@]}" -- openstack --os-cloud e2e ec2 credentials create -f json
tool_ok ec2 "openstack ec2 credentials create"
export S3_ACCESS S3_SECRET
S3_ACCESS=$("$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))["access"])' "$LOGS/ec2.out")
S3_SECRET=$("$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))["secret"])' "$LOGS/ec2.out")
rm -f "$LOGS/ec2.out"
[[ -n $S3_ACCESS && -n $S3_SECRET ]] || fail "openstack ec2 credentials create gave no access or secret"
pass "EC2 credentials created in Keystone for $USERNAME in $PROJECT"

# ---------------------------------------------------------------- check

phase "check"
cli check-ok -- check --demo-data "$DATA" --service ccontini
cli_ok check-ok
expected="OK: Keystone v3 at 127.0.0.1 issued a token for \"$USERNAME\" in project \"$PROJECT\", valid until "
[[ $(head -c ${#expected} "$LOGS/cli-check-ok.out") == "$expected" ]] ||
    { show_file "$LOGS/cli-check-ok.out"; fail "check did not report the token"; }
grep -qF "; object storage: http://127.0.0.1:8080/v1/AUTH_$PROJECT_ID." "$LOGS/cli-check-ok.out" ||
    { show_file "$LOGS/cli-check-ok.out"; fail "check did not report the object-store endpoint of the catalog"; }
pass "check: $(cat "$LOGS/cli-check-ok.out")"
WRONG_PASSWORD="not-$PASSWORD" portal_data "$FORMATS/wrong-password.json" password=WRONG_PASSWORD
cli check-wrong -- check --demo-data "$FORMATS/wrong-password.json" --service ccontini
expected="Keystone at 127.0.0.1 refused the credentials of \"$USERNAME\": wrong password, user name, domain or project (Keystone: \"The request you have made requires authentication.\")."
((CLI_RC == 6)) && [[ $(cat "$LOGS/cli-check-wrong.err") == "$expected" ]] ||
    { show_file "$LOGS/cli-check-wrong.err"; fail "check with a wrong password: exit $CLI_RC, not 6 with Keystone's sentence"; }
pass "check, wrong password: exit 6, \"$expected\""
NO_PROJECT=no-such-project portal_data "$FORMATS/no-project.json" project_name=NO_PROJECT
cli check-project -- check --demo-data "$FORMATS/no-project.json" --service ccontini
((CLI_RC == 6)) && grep -qF "accepted the password of \"$USERNAME\" but gives no token for project \"no-such-project\"" \
    "$LOGS/cli-check-project.err" || { show_file "$LOGS/cli-check-project.err"; fail "check with an unknown project: exit $CLI_RC"; }
pass "check, unknown project: exit 6, $(cat "$LOGS/cli-check-project.err")"
cli check-v2 -- check --demo-data "$DATA" --service ccontini --identity 2.0
((CLI_RC == 6)) && grep -qF "does not offer the v2.0 API" "$LOGS/cli-check-v2.err" ||
    { show_file "$LOGS/cli-check-v2.err"; fail "check --identity 2.0 against Keystone 22: exit $CLI_RC"; }
pass "check --identity 2.0: exit 6, $(cat "$LOGS/cli-check-v2.err")"

# ---------------------------------------------------------------- rclone (Swift)

phase "rclone swift"
RCLONE_ENV=(RCLONE_CONFIG="$FORMATS/rclone.conf")
cli rclone-swift -- export --demo-data "$DATA" --service ccontini --format rclone-swift --name e2e -o "$FORMATS/rclone.conf"
cli_ok rclone-swift
mode_600 "$FORMATS/rclone.conf"
tool rclone-lsd "${RCLONE_ENV[@]}" -- rclone lsd e2e:
tool_ok rclone-lsd "rclone lsd e2e: with the generated Swift remote"
grep -qE " $CONTAINER\$" "$LOGS/rclone-lsd.out" || { show_file "$LOGS/rclone-lsd.out"; fail "rclone lsd e2e: does not list $CONTAINER"; }
tool rclone-copy "${RCLONE_ENV[@]}" -- rclone copy "$RUN/payload.txt" e2e:e2e-rclone
tool_ok rclone-copy "rclone copy to e2e:e2e-rclone"
tool rclone-cat "${RCLONE_ENV[@]}" -- rclone cat e2e:e2e-rclone/payload.txt
tool_ok rclone-cat "rclone cat e2e:e2e-rclone/payload.txt"
cmp -s "$RUN/payload.txt" "$LOGS/rclone-cat.out" || fail "rclone cat gave back other bytes than rclone copy sent"
pass "rclone (Swift remote, the hostile password): lsd lists $CONTAINER, copy + cat round-trip"

# ---------------------------------------------------------------- S3 through Swift's s3api

phase "s3 (aws)"
S3_ENDPOINT=http://127.0.0.1:8080 S3_REGION=RegionOne portal_data "$FORMATS/s3.json" s3_access_key=S3_ACCESS \
    s3_secret_key=S3_SECRET s3_endpoint=S3_ENDPOINT s3_region=S3_REGION
AWS_DIR=$WORK/aws
mkdir -p "$AWS_DIR"
printf '# the user'\''s own profile\n[default]\naws_access_key_id = AKIAKEEPME\naws_secret_access_key = keep/me\n' \
    > "$AWS_DIR/credentials"
printf '[default]\nregion = us-west-2\noutput = json\n' > "$AWS_DIR/config"
credentials_before=$(cat "$AWS_DIR/credentials")
AWS_FILES=(AWS_SHARED_CREDENTIALS_FILE="$AWS_DIR/credentials" AWS_CONFIG_FILE="$AWS_DIR/config")
for format in aws-credentials aws-config; do
    cli "merge-$format" "${AWS_FILES[@]}" -- export --demo-data "$FORMATS/s3.json" --service ccontini \
        --format "$format" --name e2e --merge
    cli_ok "merge-$format"
done
mode_600 "$AWS_DIR/credentials"
mode_600 "$AWS_DIR/config"
[[ $(head -n 4 "$AWS_DIR/credentials") == "$credentials_before" ]] || fail "the merge changed the [default] profile's lines"
pass "aws-credentials and aws-config merged as profile e2e; [default] kept byte for byte; mode 600"
endpoint=$(sed -n 's/^  endpoint_url = //p' "$AWS_DIR/config")
[[ $endpoint == http://127.0.0.1:8080 ]] || fail "the services section's endpoint_url is '$endpoint'"
aws_version=$(env -i PATH="$CLEAN_PATH" aws --version 2>&1 | sed -n 's|^aws-cli/\([0-9.]*\).*|\1|p')
ENDPOINT_ARGS=()
if [[ $(printf '%s\n' "$aws_version" 2.13.0 | sort -V | head -n 1) != 2.13.0 ]]; then
    # Endpoints in the config file (and AWS_ENDPOINT_URL) came with AWS CLI 2.13: older ones need the option.
    ENDPOINT_ARGS=(--endpoint-url "$endpoint")
    echo "  note: aws-cli $aws_version predates endpoints in the config file: --endpoint-url taken from its services section"
fi
AWS_ENV=("${AWS_FILES[@]}" AWS_PAGER= AWS_EC2_METADATA_DISABLED=true)
printf 'S3 par Swift, été ☃\n' > "$RUN/s3-payload.txt"
aws_s3() { local name=$1; shift; tool "$name" "${AWS_ENV[@]}" -- aws --profile e2e "${ENDPOINT_ARGS[@]}" s3 "$@"; tool_ok "$name" "aws --profile e2e s3 $*"; }
aws_s3 aws-mb mb "s3://$S3_BUCKET"
aws_s3 aws-cp cp "$RUN/s3-payload.txt" "s3://$S3_BUCKET/$OBJECT"
aws_s3 aws-ls ls "s3://$S3_BUCKET/"
grep -qF " $OBJECT" "$LOGS/aws-ls.out" || { show_file "$LOGS/aws-ls.out"; fail "aws s3 ls does not list '$OBJECT'"; }
aws_s3 aws-get cp "s3://$S3_BUCKET/$OBJECT" "$WORK/tool-home/s3-download.txt"
cmp -s "$RUN/s3-payload.txt" "$WORK/tool-home/s3-download.txt" || fail "aws s3 cp back gave other bytes"
pass "aws --profile e2e s3 mb, cp, ls, cp back: '$OBJECT' in s3://$S3_BUCKET (Swift's s3api, Keystone's EC2 check)"
# The bucket is the project's Swift container: the openrc's user sees the object with swift.
rc=0
(cd "$RUN" && env -i PATH="$CLEAN_PATH" HOME="$WORK/home" LANG=C.UTF-8 bash -c '. ./openrc.sh && swift list "$1"' e2e "$S3_BUCKET") \
    > "$LOGS/swift-list-bucket.out" 2>&1 || rc=$?
((rc == 0)) && grep -qxF "$OBJECT" "$LOGS/swift-list-bucket.out" ||
    { show_file "$LOGS/swift-list-bucket.out"; fail "swift list $S3_BUCKET does not show the object sent through S3"; }
pass "swift list $S3_BUCKET (openrc.sh) shows the object sent through S3: same project, same storage"

cli s3-env -- export --demo-data "$FORMATS/s3.json" --service ccontini --format s3-env-sh -o "$FORMATS/s3-env.sh"
cli_ok s3-env
tool s3-env-ls AWS_PROFILE=stale AWS_SESSION_TOKEN=stale AWS_REGION=us-east-1 AWS_PAGER= AWS_EC2_METADATA_DISABLED=true -- \
    bash -c '. "$1" && aws s3 ls "s3://$2/" --endpoint-url "$AWS_ENDPOINT_URL"' e2e "$FORMATS/s3-env.sh" "$S3_BUCKET"
tool_ok s3-env-ls ". s3-env.sh && aws s3 ls --endpoint-url \"\$AWS_ENDPOINT_URL\""
grep -qF " $OBJECT" "$LOGS/s3-env-ls.out" || { show_file "$LOGS/s3-env-ls.out"; fail "aws s3 ls after s3-env.sh does not list '$OBJECT'"; }
pass ". s3-env.sh (over a stale AWS_PROFILE, AWS_SESSION_TOKEN, AWS_REGION) && aws s3 ls: '$OBJECT' listed"

phase "s3 (rclone)"
cli rclone-s3 -- export --demo-data "$FORMATS/s3.json" --service ccontini --format rclone-s3 --name e2e --merge \
    -o "$FORMATS/rclone.conf"
cli_ok rclone-s3
[[ $(grep -c '^\[' "$FORMATS/rclone.conf") == 2 ]] || fail "rclone.conf should hold the Swift and the S3 remote"
tool rclone-s3-lsd "${RCLONE_ENV[@]}" -- rclone lsd e2e-s3:
tool_ok rclone-s3-lsd "rclone lsd e2e-s3:"
grep -qE " $S3_BUCKET\$" "$LOGS/rclone-s3-lsd.out" || { show_file "$LOGS/rclone-s3-lsd.out"; fail "rclone lsd e2e-s3: does not list $S3_BUCKET"; }
tool rclone-s3-copy "${RCLONE_ENV[@]}" -- rclone copy "$RUN/payload.txt" "e2e-s3:$S3_BUCKET/rclone"
tool_ok rclone-s3-copy "rclone copy to e2e-s3:$S3_BUCKET/rclone"
tool rclone-s3-cat "${RCLONE_ENV[@]}" -- rclone cat "e2e-s3:$S3_BUCKET/rclone/payload.txt"
tool_ok rclone-s3-cat "rclone cat e2e-s3:$S3_BUCKET/rclone/payload.txt"
cmp -s "$RUN/payload.txt" "$LOGS/rclone-s3-cat.out" || fail "rclone cat over S3 gave back other bytes"
tool rclone-swift-again "${RCLONE_ENV[@]}" -- rclone lsd e2e:
tool_ok rclone-swift-again "rclone lsd e2e: after the S3 remote was merged in"
pass "rclone-s3 merged next to the Swift remote: lsd lists $S3_BUCKET, copy + cat round-trip, the Swift remote still works"
