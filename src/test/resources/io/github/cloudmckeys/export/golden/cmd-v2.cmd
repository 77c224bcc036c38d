@echo off
rem DEPRECATED Keystone v2.0 credentials (v2.0 is gone from current Keystone: removed in the Queens release), password embedded: keep this file private.
rem Service: Object Storage / ccontini (organization: Acme)
rem Portal: portal.example.com
rem Generated: 2026-01-02T03:04:05Z by CloudMC Keys
rem Use: call this file: call followed by its path
rem Prefer the Keystone v3 script wherever the cloud still offers v3.

rem Remove what could override these credentials or leak into them: an earlier openrc, OS_CLOUD, tokens, Swift's ST_*.
set "OS_CLOUD="
set "OS_TOKEN="
set "OS_AUTH_TOKEN="
set "OS_STORAGE_URL="
set "OS_AUTH_VERSION="
set "ST_AUTH="
set "ST_USER="
set "ST_KEY="
set "ST_AUTH_VERSION="
set "OS_AUTH_TYPE="
set "OS_INTERFACE="
set "OS_REGION_NAME="
set "OS_USER_ID="
set "OS_USER_DOMAIN_ID="
set "OS_USER_DOMAIN_NAME="
set "OS_TENANT_ID="
set "OS_PROJECT_ID="
set "OS_PROJECT_DOMAIN_ID="
set "OS_PROJECT_DOMAIN_NAME="
set "OS_DOMAIN_ID="
set "OS_DOMAIN_NAME="
set "OS_DEFAULT_DOMAIN="
set "OS_DEFAULT_DOMAIN_ID="
set "OS_DEFAULT_DOMAIN_NAME="
set "OS_SYSTEM_SCOPE="
set "OS_TRUST_ID="

set "OS_AUTH_URL=https://auth.cloud.ca/v2.0"
set "OS_IDENTITY_API_VERSION=2.0"
set "OS_ENDPOINT_TYPE=publicURL"
set "OS_USERNAME=system-ccontini-2925"
set "OS_TENANT_NAME=system-ccontini"
set "OS_PROJECT_NAME=system-ccontini"
set "OS_PASSWORD=hunter2"
