# OpenStack credentials for Keystone v3, password embedded: keep this file private.
# Service: Object Storage / ccontini (organization: Acme)
# Portal: portal.example.com
# Generated: 2026-01-02T03:04:05Z by CloudMC Keys
# Use: source this file: . followed by its path (running it as a program sets nothing)

# Remove what could override these credentials or leak into them: an earlier openrc, OS_CLOUD, tokens, Swift's ST_*.
unset OS_CLOUD OS_TOKEN OS_AUTH_TOKEN OS_STORAGE_URL OS_AUTH_VERSION ST_AUTH ST_USER ST_KEY \
    ST_AUTH_VERSION OS_ENDPOINT_TYPE OS_REGION_NAME OS_USER_ID OS_USER_DOMAIN_NAME OS_TENANT_ID \
    OS_TENANT_NAME OS_PROJECT_ID OS_PROJECT_DOMAIN_NAME OS_DOMAIN_ID OS_DOMAIN_NAME \
    OS_DEFAULT_DOMAIN OS_DEFAULT_DOMAIN_ID OS_DEFAULT_DOMAIN_NAME OS_SYSTEM_SCOPE OS_TRUST_ID

export OS_AUTH_URL='https://auth.cloud.ca'
export OS_IDENTITY_API_VERSION='3'
export OS_AUTH_TYPE='password'
export OS_INTERFACE='public'
export OS_USERNAME='system-ccontini-2925'
export OS_USER_DOMAIN_ID='default'
export OS_PROJECT_NAME='system-ccontini'
export OS_PROJECT_DOMAIN_ID='default'
export OS_PASSWORD='hunter2'
