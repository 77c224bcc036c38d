# OpenStack credentials for Keystone v3, password embedded: keep this file private.
# Service: Object Storage / ccontini (organization: Acme)
# Portal: portal.example.com
# Generated: 2026-01-02T03:04:05Z by CloudMC Keys
# Use: source this file: . followed by its path (running it as a program sets nothing)
# Not in the portal's credentials: Project name. OS_PROJECT_NAME is not set: without a project, Keystone gives an unscoped token that most services refuse.
# Not in the portal's credentials: Domain ID. Keystone v3 needs the domain of the user and of the project (often "default"): set OS_USER_DOMAIN_ID and OS_PROJECT_DOMAIN_ID.
# Not in the portal's credentials: Password. OS_PASSWORD is not set: set it yourself, or use the script that asks for the password.

# Remove what could override these credentials or leak into them: an earlier openrc, OS_CLOUD, tokens, Swift's ST_*.
unset OS_CLOUD OS_TOKEN OS_AUTH_TOKEN OS_STORAGE_URL OS_AUTH_VERSION ST_AUTH ST_USER ST_KEY \
    ST_AUTH_VERSION OS_ENDPOINT_TYPE OS_REGION_NAME OS_USER_ID OS_USER_DOMAIN_ID \
    OS_USER_DOMAIN_NAME OS_TENANT_ID OS_TENANT_NAME OS_PROJECT_ID OS_PROJECT_NAME \
    OS_PROJECT_DOMAIN_ID OS_PROJECT_DOMAIN_NAME OS_DOMAIN_ID OS_DOMAIN_NAME OS_DEFAULT_DOMAIN \
    OS_DEFAULT_DOMAIN_ID OS_DEFAULT_DOMAIN_NAME OS_SYSTEM_SCOPE OS_TRUST_ID OS_PASSWORD

export OS_AUTH_URL='https://auth.cloud.ca'
export OS_IDENTITY_API_VERSION='3'
export OS_AUTH_TYPE='password'
export OS_INTERFACE='public'
export OS_USERNAME='system-ccontini-2925'
