# DEPRECATED Keystone v2.0 credentials (v2.0 is gone from current Keystone: removed in the Queens release), password embedded: keep this file private.
# Service: Object Storage / ccontini (organization: Acme)
# Portal: portal.example.com
# Generated: 2026-01-02T03:04:05Z by CloudMC Keys
# Use: source this file: source followed by its path
# Prefer the Keystone v3 script wherever the cloud still offers v3.

# Remove what could override these credentials or leak into them: an earlier openrc, OS_CLOUD, tokens, Swift's ST_*.
set -e -g OS_CLOUD OS_TOKEN OS_AUTH_TOKEN OS_STORAGE_URL OS_AUTH_VERSION ST_AUTH ST_USER ST_KEY \
    ST_AUTH_VERSION OS_AUTH_TYPE OS_INTERFACE OS_REGION_NAME OS_USER_ID OS_USER_DOMAIN_ID \
    OS_USER_DOMAIN_NAME OS_TENANT_ID OS_PROJECT_ID OS_PROJECT_DOMAIN_ID OS_PROJECT_DOMAIN_NAME \
    OS_DOMAIN_ID OS_DOMAIN_NAME OS_DEFAULT_DOMAIN OS_DEFAULT_DOMAIN_ID OS_DEFAULT_DOMAIN_NAME \
    OS_SYSTEM_SCOPE OS_TRUST_ID

set -gx OS_AUTH_URL 'https://auth.cloud.ca/v2.0'
set -gx OS_IDENTITY_API_VERSION '2.0'
set -gx OS_ENDPOINT_TYPE 'publicURL'
set -gx OS_USERNAME 'system-ccontini-2925'
set -gx OS_TENANT_NAME 'system-ccontini'
set -gx OS_PROJECT_NAME 'system-ccontini'
set -gx OS_PASSWORD 'hunter2'
