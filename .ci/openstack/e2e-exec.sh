# shellcheck shell=bash
# Sourced by .ci/openstack-e2e.sh after e2e-formats.sh: the same Keystone, Swift (and its S3 API), test user,
# EC2 keys ($FORMATS/s3.json) and bucket. Proves the ways of using the keys that write no secret anywhere:
#   exec -- openstack token issue (over another cloud's OS_* variables) -> a token for the test user;
#   exec --format aws -- aws s3 ls (over a stale AWS_PROFILE) -> the object e2e-formats.sh sent;
#   exec passes the command's exit code back;
#   aws-config-process: an ~/.aws/config with no key, whose credential_process is `cloudmc-keys credential-process`,
#   read by the real AWS CLI against the real S3 API.
# Uses e2e-formats.sh's helpers (tool, tool_ok, cli, cli_ok, token_is_ours) and variables (FORMATS, S3_BUCKET,
# S3_SECRET, ENDPOINT_ARGS, OBJECT).

phase "exec and credential-process (nothing written)"
EXEC_TRAPS=(OS_CLOUD=wrong OS_TOKEN=wrong OS_AUTH_URL=http://127.0.0.1:1/v3 ST_AUTH=http://wrong
            AWS_PROFILE=wrong AWS_SESSION_TOKEN=wrong AWS_REGION=us-east-1)
tool exec-token "${EXEC_TRAPS[@]}" -- java -jar "$JAR" exec --demo-data "$DATA" --service ccontini \
    -- openstack token issue -f shell -c project_id -c user_id
tool_ok exec-token "cloudmc-keys exec -- openstack token issue"
token_is_ours "$LOGS/exec-token.out" "cloudmc-keys exec -- openstack token issue"
pass "exec --service ccontini -- openstack token issue (over OS_CLOUD, OS_TOKEN, OS_AUTH_URL, ST_AUTH of another cloud)"

tool exec-aws "${EXEC_TRAPS[@]}" AWS_PAGER= AWS_EC2_METADATA_DISABLED=true -- java -jar "$JAR" exec \
    --demo-data "$FORMATS/s3.json" --service ccontini --format aws -- aws "${ENDPOINT_ARGS[@]}" s3 ls "s3://$S3_BUCKET/"
tool_ok exec-aws "cloudmc-keys exec --format aws -- aws s3 ls"
grep -qF " $OBJECT" "$LOGS/exec-aws.out" || { show_file "$LOGS/exec-aws.out"; fail "exec --format aws -- aws s3 ls does not list '$OBJECT'"; }
pass "exec --format aws -- aws s3 ls s3://$S3_BUCKET/ (over a stale AWS_PROFILE and AWS_SESSION_TOKEN): '$OBJECT' listed"

mkdir -p "$WORK/exec-home" "$WORK/exec-tmp"
tool exec-code HOME="$WORK/exec-home" TMPDIR="$WORK/exec-tmp" -- java -jar "$JAR" exec --demo-data "$DATA" \
    --service ccontini -- sh -c 'exit 7'
((TOOL_RC == 7)) || { show_file "$LOGS/exec-code.err"; fail "exec -- sh -c 'exit 7' exited $TOOL_RC"; }
[[ -z $(find "$WORK/exec-home" "$WORK/exec-tmp" -mindepth 1) ]] || fail "exec wrote something under HOME or TMPDIR"
pass "exec passes the command's exit code back (7), and wrote nothing under HOME or TMPDIR"

FETCH_DIR=$WORK/aws-fetch
mkdir -p "$FETCH_DIR"
cli fetching -- export --demo-data "$FORMATS/s3.json" --service ccontini --format aws-config-process --name e2e-fetch \
    -o "$FETCH_DIR/config"
cli_ok fetching
! grep -qF "$S3_SECRET" "$FETCH_DIR/config" || fail "the aws-config-process profile holds the S3 secret key"
grep -q '^credential_process = .* credential-process --service "Object Storage / ccontini"' "$FETCH_DIR/config" ||
    { show_file "$FETCH_DIR/config"; fail "the aws-config-process profile has no credential_process"; }
tool fetch-json -- java -jar "$JAR" credential-process --demo-data "$FORMATS/s3.json" --service ccontini
tool_ok fetch-json "cloudmc-keys credential-process"
"$PY" -c 'import json, sys; d = json.load(open(sys.argv[1])); sys.exit(d["Version"] != 1 or d["SecretAccessKey"] != sys.argv[2])' \
    "$LOGS/fetch-json.out" "$S3_SECRET" || fail "credential-process did not print the S3 keys as the AWS JSON"
rm -f "$LOGS/fetch-json.out"
tool fetch-ls AWS_CONFIG_FILE="$FETCH_DIR/config" AWS_SHARED_CREDENTIALS_FILE="$FETCH_DIR/no-credentials" AWS_PAGER= \
    AWS_EC2_METADATA_DISABLED=true -- aws --profile e2e-fetch "${ENDPOINT_ARGS[@]}" s3 ls "s3://$S3_BUCKET/"
tool_ok fetch-ls "aws --profile e2e-fetch s3 ls (credential_process)"
grep -qF " $OBJECT" "$LOGS/fetch-ls.out" || { show_file "$LOGS/fetch-ls.out"; fail "aws through credential_process does not list '$OBJECT'"; }
[[ ! -e $FETCH_DIR/no-credentials ]] || fail "the AWS CLI found a credentials file"
pass "aws --profile e2e-fetch s3 ls with no key on disk: credential_process ran cloudmc-keys credential-process, '$OBJECT' listed"
