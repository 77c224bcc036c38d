# shellcheck shell=bash
# Sourced by .ci/openstack-e2e.sh after e2e-exec.sh: the same Keystone and test user. Proves that a portal
# whose field keys the alias table does not know (swift.login, swift.secret, swift.tenant, swift.auth.v3,
# swift.auth.v2, swift.identityVersion, swift.domain) still gives an openrc that authenticates: the roles
# are inferred from the keys and the values, and the openrc sourced by bash gets a token.

phase "field roles inferred from keys the alias table does not know"
ROLES_DATA=$WORK/demo-data-unknown-keys.json
E2E_PROJECT=$PROJECT E2E_USER=$USERNAME E2E_PASSWORD=$PASSWORD "$PY" - "$DATA" "$ROLES_DATA" <<'PYEOF'
import json, os, sys
renamed = {"auth_url_v2": "swift.auth.v2", "project_name": "swift.tenant", "user_name": "swift.login",
           "password": "swift.secret", "auth_url": "swift.auth.v3", "identity_api_version": "swift.identityVersion",
           "domain_id": "swift.domain"}
with open(sys.argv[1], encoding="utf-8") as source:
    data = json.load(source)
for environment in data["environments"]:
    for field in environment["apiInfo"]["fields"]:
        field["key"] = renamed[field["key"]]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    json.dump(data, out, ensure_ascii=False, indent=2)
PYEOF
rc=0
java -jar "$JAR" export --demo-data "$ROLES_DATA" --service ccontini --format openrc-v3 -o "$RUN/openrc-unknown-keys.sh" \
    > "$LOGS/export-unknown-keys.out" 2> "$LOGS/export-unknown-keys.err" < /dev/null || rc=$?
((rc == 0)) || { show_file "$LOGS/export-unknown-keys.err"; fail "export from a portal with unknown keys exited $rc"; }
! grep -qF -- "$PASSWORD" "$LOGS/export-unknown-keys.out" "$LOGS/export-unknown-keys.err" ||
    fail "export from a portal with unknown keys printed the password"
java -jar "$JAR" roles --demo-data "$ROLES_DATA" --service ccontini > "$LOGS/roles-unknown-keys.out" 2>&1 < /dev/null ||
    { show_file "$LOGS/roles-unknown-keys.out"; fail "roles --service ccontini failed"; }
grep -q 'swift.login.*username' "$LOGS/roles-unknown-keys.out" ||
    { show_file "$LOGS/roles-unknown-keys.out"; fail "roles does not say swift.login plays username"; }
source_and_auth bash openrc-unknown-keys.sh unknown-keys
expect_token bash openrc-unknown-keys.sh unknown-keys
