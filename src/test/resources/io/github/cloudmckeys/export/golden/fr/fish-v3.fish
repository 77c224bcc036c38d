# Identifiants OpenStack pour Keystone v3, mot de passe inclus : gardez ce fichier privé.
# Service : Object Storage / ccontini (organisation : Acme)
# Portail : portal.example.com
# Produit le 2026-01-02T03:04:05Z par CloudMC Keys
# Utilisation : chargez ce fichier : source suivi de son chemin

# Retire ce qui pourrait remplacer ces identifiants ou s’y mêler : un openrc précédent, OS_CLOUD, les jetons, les ST_* de Swift.
set -e -g OS_CLOUD OS_TOKEN OS_AUTH_TOKEN OS_STORAGE_URL OS_AUTH_VERSION ST_AUTH ST_USER ST_KEY \
    ST_AUTH_VERSION OS_ENDPOINT_TYPE OS_REGION_NAME OS_USER_ID OS_USER_DOMAIN_NAME OS_TENANT_ID \
    OS_TENANT_NAME OS_PROJECT_ID OS_PROJECT_DOMAIN_NAME OS_DOMAIN_ID OS_DOMAIN_NAME \
    OS_DEFAULT_DOMAIN OS_DEFAULT_DOMAIN_ID OS_DEFAULT_DOMAIN_NAME OS_SYSTEM_SCOPE OS_TRUST_ID

set -gx OS_AUTH_URL 'https://auth.cloud.ca'
set -gx OS_IDENTITY_API_VERSION '3'
set -gx OS_AUTH_TYPE 'password'
set -gx OS_INTERFACE 'public'
set -gx OS_USERNAME 'system-ccontini-2925'
set -gx OS_USER_DOMAIN_ID 'default'
set -gx OS_PROJECT_NAME 'system-ccontini'
set -gx OS_PROJECT_DOMAIN_ID 'default'
set -gx OS_PASSWORD 'hunter2'
