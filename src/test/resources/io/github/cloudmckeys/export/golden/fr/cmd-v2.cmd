@echo off
rem Identifiants Keystone v2.0 DECONSEILLES (v2.0 a disparu du Keystone actuel : retire dans la version Queens), mot de passe inclus : gardez ce fichier prive.
rem Service : Object Storage / ccontini (organisation : Acme)
rem Portail : portal.example.com
rem Produit le 2026-01-02T03:04:05Z par CloudMC Keys
rem Utilisation : appelez ce fichier : call suivi de son chemin
rem Preferez le script Keystone v3 partout ou le nuage offre encore v3.

rem Retire ce qui pourrait remplacer ces identifiants ou s'y meler : un openrc precedent, OS_CLOUD, les jetons, les ST_* de Swift.
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
