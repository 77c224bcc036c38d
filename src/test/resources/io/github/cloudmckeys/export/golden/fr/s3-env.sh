# Clés S3 pour AWS CLI et les SDK AWS (bash/zsh)
# Service : Object Storage / ccontini (organisation : Acme)
# Portail : portal.example.com
# Produit le 2026-01-02T03:04:05Z par CloudMC Keys
# Utilisation : chargez ce fichier : . suivi de son chemin (l’exécuter comme un programme ne définit rien), puis : aws s3 ls
# La clé secrète est dans ce fichier : gardez-le privé.
# Absents des champs du portail, les valeurs par défaut de CloudMC Keys sont utilisées : point de terminaison S3 https://objects.cloud.ca, région cloud.ca (ceux de cloud.ca, sauf si CLOUDMC_S3_ENDPOINT / CLOUDMC_S3_REGION en indiquent d’autres).
# À partir de la version 2.13, AWS CLI lit AWS_ENDPOINT_URL; avec une version plus ancienne, ajoutez --endpoint-url à chaque commande.

# Retire ce qui pourrait remplacer ces clés : un profil sélectionné, un jeton de session, un point de terminaison propre à S3.
unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SESSION_TOKEN AWS_SECURITY_TOKEN AWS_ENDPOINT_URL_S3 \
    AWS_IGNORE_CONFIGURED_ENDPOINT_URLS

export AWS_ACCESS_KEY_ID='fedcba9876543210fedcba9876543210'
export AWS_SECRET_ACCESS_KEY='0123456789abcdef0123456789abcdef'
export AWS_DEFAULT_REGION='cloud.ca'
export AWS_REGION='cloud.ca'
export AWS_ENDPOINT_URL='https://objects.cloud.ca'
