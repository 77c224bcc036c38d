# Identifiants OpenStack pour Keystone v3, mot de passe inclus : gardez ce fichier privé.
# Service : Object Storage / ccontini (organisation : Acme)
# Portail : portal.example.com
# Produit le 2026-01-02T03:04:05Z par CloudMC Keys
# Utilisation : chargez ce fichier : . suivi de son chemin (l’exécuter comme un programme ne définit rien)
# Absent des identifiants du portail : Nom du projet. OS_PROJECT_NAME n’est pas défini : sans projet, Keystone donne un jeton sans portée que la plupart des services refusent.
# Absent des identifiants du portail : ID du domaine. Keystone v3 a besoin du domaine de l’utilisateur et de celui du projet (souvent « default ») : définissez OS_USER_DOMAIN_ID et OS_PROJECT_DOMAIN_ID.
# Absent des identifiants du portail : Mot de passe. OS_PASSWORD n’est pas défini : définissez-le vous-même, ou utilisez le script qui demande le mot de passe.

# Retire ce qui pourrait remplacer ces identifiants ou s’y mêler : un openrc précédent, OS_CLOUD, les jetons, les ST_* de Swift.
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
