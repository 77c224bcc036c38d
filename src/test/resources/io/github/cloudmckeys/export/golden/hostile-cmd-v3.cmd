@echo off
chcp 65001 >nul
rem OpenStack credentials for Keystone v3, password embedded: keep this file private.
rem Service: Stockage d’objets / équipe 中文 (organization: Acme & Fils)
rem Portal: portal.example.com
rem Generated: 2026-01-02T03:04:05Z by CloudMC Keys
rem Use: call this file: call followed by its path
rem This file is UTF-8: "chcp 65001" above lets cmd read its non-ASCII text. The console stays on code page 65001; "chcp 850" (or your usual code page) switches back.
rem A value below holds "!": it is kept only with delayed expansion off, cmd's default (not with cmd /v:on or setlocal EnableDelayedExpansion).

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
set "OS_ENDPOINT_TYPE="
set "OS_REGION_NAME="
set "OS_USER_ID="
set "OS_USER_DOMAIN_NAME="
set "OS_TENANT_ID="
set "OS_TENANT_NAME="
set "OS_PROJECT_ID="
set "OS_PROJECT_DOMAIN_NAME="
set "OS_DOMAIN_ID="
set "OS_DOMAIN_NAME="
set "OS_DEFAULT_DOMAIN="
set "OS_DEFAULT_DOMAIN_ID="
set "OS_DEFAULT_DOMAIN_NAME="
set "OS_SYSTEM_SCOPE="
set "OS_TRUST_ID="

set "OS_AUTH_URL=https://auth.cloud.ca"
set "OS_IDENTITY_API_VERSION=3"
set "OS_AUTH_TYPE=password"
set "OS_INTERFACE=public"
set "OS_USERNAME=José "Pepe" O'Brien"
set "OS_USER_DOMAIN_ID=default"
set "OS_PROJECT_NAME=projet-été"
set "OS_PROJECT_DOMAIN_ID=default"
set "OS_PASSWORD=it’s 'a' "quoted" and "open $HOME `id` \ %%PATH%% ^^^&^|^<^>^(^) ; # * ? ~ !bang -x 😀"
