# OpenStack credentials for Keystone v3, password asked for each time this file is loaded (it is not stored in it).
# Service: Object Storage / ccontini (organization: Acme)
# Portal: portal.example.com
# Generated: 2026-01-02T03:04:05Z by CloudMC Keys
# Use: dot-source this file: . followed by its path
# If PowerShell refuses to run scripts: Set-ExecutionPolicy -Scope CurrentUser RemoteSigned

# Remove what could override these credentials or leak into them: an earlier openrc, OS_CLOUD, tokens, Swift's ST_*.
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

# Ask for the password, without echoing it when typed on a terminal.
Remove-Item Env:OS_PASSWORD -ErrorAction SilentlyContinue
$env:OS_PASSWORD = [System.Net.NetworkCredential]::new('', (Read-Host -AsSecureString -Prompt 'OpenStack password for user "system-ccontini-2925" in project "system-ccontini"')).Password
