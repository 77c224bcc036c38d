# OpenStack credentials for Keystone v3, password asked for each time this file is loaded (it is not stored in it).
# Service: Object Storage / ccontini (organization: Acme)
# Portal: portal.example.com
# Generated: 2026-01-02T03:04:05Z by CloudMC Keys
# Use: source this file: . followed by its path (running it as a program sets nothing)

# Remove what could override these credentials or leak into them: an earlier openrc, OS_CLOUD, tokens, Swift's ST_*.
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

# Ask for the password, without echoing it when typed on a terminal.
unset OS_PASSWORD
if OS_PASSWORD=$(
    cloudmc_tty=
    if [ -t 0 ]; then
        cloudmc_tty=$(stty -g) || cloudmc_tty=
        trap 'if [ -n "$cloudmc_tty" ]; then stty "$cloudmc_tty"; fi; exit 130' HUP INT TERM
        stty -echo || :
    fi
    printf '%s: ' 'OpenStack password for user "system-ccontini-2925" in project "system-ccontini"' >&2
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
    printf '%s\n' 'No password was read: OS_PASSWORD is not set.' >&2
fi
