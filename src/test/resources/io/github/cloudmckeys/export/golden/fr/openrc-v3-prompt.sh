# Identifiants OpenStack pour Keystone v3, mot de passe demandé à chaque chargement de ce fichier (il n’y est pas enregistré).
# Service : Object Storage / ccontini (organisation : Acme)
# Portail : portal.example.com
# Produit le 2026-01-02T03:04:05Z par CloudMC Keys
# Utilisation : chargez ce fichier : . suivi de son chemin (l’exécuter comme un programme ne définit rien)

# Retire ce qui pourrait remplacer ces identifiants ou s’y mêler : un openrc précédent, OS_CLOUD, les jetons, les ST_* de Swift.
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

# Demande le mot de passe, sans l’afficher quand il est tapé dans un terminal.
unset OS_PASSWORD
if OS_PASSWORD=$(
    cloudmc_tty=
    if [ -t 0 ]; then
        cloudmc_tty=$(stty -g) || cloudmc_tty=
        trap 'if [ -n "$cloudmc_tty" ]; then stty "$cloudmc_tty"; fi; exit 130' HUP INT TERM
        stty -echo || :
    fi
    printf '%s: ' 'Mot de passe OpenStack de l’utilisateur « system-ccontini-2925 » dans le projet « system-ccontini » ' >&2
    cloudmc_password=
    if IFS= read -r cloudmc_password || [ -n "$cloudmc_password" ]; then cloudmc_status=0; else cloudmc_status=1; fi
    if [ -n "$cloudmc_tty" ]; then stty "$cloudmc_tty" || :; fi
    printf '\n' >&2
    printf '%s' "$cloudmc_password"
    exit "$cloudmc_status"
); then
    export OS_PASSWORD
else
    unset OS_PASSWORD
    printf '%s\n' 'Aucun mot de passe n’a été lu : OS_PASSWORD n’est pas défini.' >&2
fi
