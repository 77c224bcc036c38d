@echo off
chcp 65001 >nul
rem Identifiants OpenStack pour Keystone v3, mot de passe inclus : gardez ce fichier prive.
rem Service : Stockage d’objets / équipe 中文 (organisation : Acme & Fils)
rem Portail : portal.example.com
rem Produit le 2026-01-02T03:04:05Z par CloudMC Keys
rem Utilisation : appelez ce fichier : call suivi de son chemin
rem Ce fichier est en UTF-8 : "chcp 65001" ci-dessus permet a cmd de lire son texte non ASCII. La console reste sur la page de codes 65001; "chcp 850" (ou votre page de codes habituelle) la retablit.
rem Une valeur ci-dessous contient "!" : ce caractere n'est conserve que si l'expansion retardee est desactivee, comme cmd le fait par defaut (pas avec cmd /v:on ni setlocal EnableDelayedExpansion).

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
