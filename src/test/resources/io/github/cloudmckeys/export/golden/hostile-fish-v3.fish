# OpenStack credentials for Keystone v3, password embedded: keep this file private.
# Service: Stockage d’objets / équipe 中文 (organization: Acme & Fils)
# Portal: portal.example.com
# Generated: 2026-01-02T03:04:05Z by CloudMC Keys
# Use: source this file: source followed by its path

# Remove what could override these credentials or leak into them: an earlier openrc, OS_CLOUD, tokens, Swift's ST_*.
set -e -g OS_CLOUD OS_TOKEN OS_AUTH_TOKEN OS_STORAGE_URL OS_AUTH_VERSION ST_AUTH ST_USER ST_KEY \
    ST_AUTH_VERSION OS_ENDPOINT_TYPE OS_REGION_NAME OS_USER_ID OS_USER_DOMAIN_NAME OS_TENANT_ID \
    OS_TENANT_NAME OS_PROJECT_ID OS_PROJECT_DOMAIN_NAME OS_DOMAIN_ID OS_DOMAIN_NAME \
    OS_DEFAULT_DOMAIN OS_DEFAULT_DOMAIN_ID OS_DEFAULT_DOMAIN_NAME OS_SYSTEM_SCOPE OS_TRUST_ID

set -gx OS_AUTH_URL 'https://auth.cloud.ca'
set -gx OS_IDENTITY_API_VERSION '3'
set -gx OS_AUTH_TYPE 'password'
set -gx OS_INTERFACE 'public'
set -gx OS_USERNAME 'José "Pepe" O\'Brien'
set -gx OS_USER_DOMAIN_ID 'default'
set -gx OS_PROJECT_NAME 'projet-été'
set -gx OS_PROJECT_DOMAIN_ID 'default'
set -gx OS_PASSWORD 'it’s \'a\' "quoted" and "open $HOME `id` \\ %PATH% ^&|<>() ; # * ? ~ !bang -x 😀'
