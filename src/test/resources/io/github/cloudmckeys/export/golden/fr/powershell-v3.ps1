# Identifiants OpenStack pour Keystone v3, mot de passe inclus : gardez ce fichier privé.
# Service : Object Storage / ccontini (organisation : Acme)
# Portail : portal.example.com
# Produit le 2026-01-02T03:04:05Z par CloudMC Keys
# Utilisation : chargez ce fichier : . suivi de son chemin
# Si PowerShell refuse d’exécuter des scripts : Set-ExecutionPolicy -Scope CurrentUser RemoteSigned

# Retire ce qui pourrait remplacer ces identifiants ou s’y mêler : un openrc précédent, OS_CLOUD, les jetons, les ST_* de Swift.
Remove-Item Env:OS_CLOUD -ErrorAction SilentlyContinue
Remove-Item Env:OS_TOKEN -ErrorAction SilentlyContinue
Remove-Item Env:OS_AUTH_TOKEN -ErrorAction SilentlyContinue
Remove-Item Env:OS_STORAGE_URL -ErrorAction SilentlyContinue
Remove-Item Env:OS_AUTH_VERSION -ErrorAction SilentlyContinue
Remove-Item Env:ST_AUTH -ErrorAction SilentlyContinue
Remove-Item Env:ST_USER -ErrorAction SilentlyContinue
Remove-Item Env:ST_KEY -ErrorAction SilentlyContinue
Remove-Item Env:ST_AUTH_VERSION -ErrorAction SilentlyContinue
Remove-Item Env:OS_ENDPOINT_TYPE -ErrorAction SilentlyContinue
Remove-Item Env:OS_REGION_NAME -ErrorAction SilentlyContinue
Remove-Item Env:OS_USER_ID -ErrorAction SilentlyContinue
Remove-Item Env:OS_USER_DOMAIN_NAME -ErrorAction SilentlyContinue
Remove-Item Env:OS_TENANT_ID -ErrorAction SilentlyContinue
Remove-Item Env:OS_TENANT_NAME -ErrorAction SilentlyContinue
Remove-Item Env:OS_PROJECT_ID -ErrorAction SilentlyContinue
Remove-Item Env:OS_PROJECT_DOMAIN_NAME -ErrorAction SilentlyContinue
Remove-Item Env:OS_DOMAIN_ID -ErrorAction SilentlyContinue
Remove-Item Env:OS_DOMAIN_NAME -ErrorAction SilentlyContinue
Remove-Item Env:OS_DEFAULT_DOMAIN -ErrorAction SilentlyContinue
Remove-Item Env:OS_DEFAULT_DOMAIN_ID -ErrorAction SilentlyContinue
Remove-Item Env:OS_DEFAULT_DOMAIN_NAME -ErrorAction SilentlyContinue
Remove-Item Env:OS_SYSTEM_SCOPE -ErrorAction SilentlyContinue
Remove-Item Env:OS_TRUST_ID -ErrorAction SilentlyContinue

$env:OS_AUTH_URL = 'https://auth.cloud.ca'
$env:OS_IDENTITY_API_VERSION = '3'
$env:OS_AUTH_TYPE = 'password'
$env:OS_INTERFACE = 'public'
$env:OS_USERNAME = 'system-ccontini-2925'
$env:OS_USER_DOMAIN_ID = 'default'
$env:OS_PROJECT_NAME = 'system-ccontini'
$env:OS_PROJECT_DOMAIN_ID = 'default'
$env:OS_PASSWORD = 'hunter2'
