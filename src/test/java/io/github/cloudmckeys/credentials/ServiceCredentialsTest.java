package io.github.cloudmckeys.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.portal.ApiInfo;
import io.github.cloudmckeys.portal.ApiInfoField;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceCredentialsTest {
    private static final FieldRoles ROLES = FieldRoles.load();
    private static final FieldLabels LABELS = FieldLabels.load(Locale.ENGLISH);
    private static final ServiceEntry OBJECT_STORAGE =
            new ServiceEntry("conn-1", "Object Storage", "env-1", "ccontini", "Acme");
    private static final String PASSWORD = " p@ss w0rd$ ";
    private static final String S3_SECRET = "0123456789abcdef0123456789abcdef";

    /** The Object Storage fields in the portal's order, with guessed keys of mixed styles. */
    private static ServiceCredentials objectStorage(ApiInfoField... extra) {
        List<ApiInfoField> fields = new ArrayList<>(List.of(
                field("authentication_endpoint", "https://auth.cloud.ca/v2.0", false),
                field("projectName", "system-ccontini", false),
                field("user_name", "system-ccontini-2925", false),
                field("password", PASSWORD, true),
                field("auth_url", "https://auth.cloud.ca", false),
                field("identity_api_version", "3", false),
                field("domain_id", "default", false),
                field("s3_access_key", "fedcba9876543210fedcba9876543210", false),
                field("s3_secret_key", S3_SECRET, true)));
        fields.addAll(List.of(extra));
        return ServiceCredentials.of(OBJECT_STORAGE, new ApiInfo(true, fields), ROLES, LABELS);
    }

    private static ApiInfoField field(String key, String value, boolean sensitive) {
        return new ApiInfoField(key, value, sensitive, false);
    }

    @Test
    void fieldsKeepThePortalOrderAndGetThePortalLabels() {
        ServiceCredentials credentials = objectStorage();
        assertThat(credentials.fields()).extracting(CredentialField::label).containsExactly(
                "Authentication endpoint (deprecated)", "Project name", "User name", "Password",
                "Authentication URL", "Identity API version", "Domain ID", "S3 API access key", "S3 API secret key");
        assertThat(credentials.value(FieldRole.PROJECT_NAME)).contains("system-ccontini");
        assertThat(credentials.value(FieldRole.AUTH_URL_V2)).contains("https://auth.cloud.ca/v2.0");
        assertThat(credentials.service()).isEqualTo(OBJECT_STORAGE);
    }

    @Test
    void valuesComeBackByteForByte() {
        assertThat(objectStorage().value(FieldRole.PASSWORD)).contains(PASSWORD);
    }

    @Test
    void anUnknownKeyIsShownWithAHumanizedLabelAndNoRole() {
        ServiceCredentials credentials = objectStorage(field("s3_bucket_hint", "backups", false));
        CredentialField last = credentials.fields().get(credentials.fields().size() - 1);
        assertThat(last.key()).isEqualTo("s3_bucket_hint");
        assertThat(last.value()).isEqualTo("backups");
        assertThat(last.role()).isEmpty();
        assertThat(last.label()).isEqualTo("S3 bucket hint");
        assertThat(credentials.fields()).hasSize(10);
    }

    @Test
    void anEmptyValueIsKeptButValueSkipsIt() {
        ServiceCredentials credentials = ServiceCredentials.of(OBJECT_STORAGE, new ApiInfo(false, List.of(
                field("region", "  ", false),
                field("OS_REGION_NAME", "cloud.ca", false),
                field("domain_id", "", false))), ROLES, LABELS);
        assertThat(credentials.fields()).hasSize(3);
        assertThat(credentials.fields().get(0).isEmpty()).isTrue();
        assertThat(credentials.value(FieldRole.REGION)).contains("cloud.ca");
        assertThat(credentials.value(FieldRole.DOMAIN_ID)).isEmpty();
        assertThat(credentials.has(FieldRole.DOMAIN_ID)).isFalse();
        assertThat(credentials.fields().get(2).label()).isEqualTo("Domain ID");
    }

    @Test
    void aDuplicatedKeyKeepsBothRowsAndTheFirstNonBlankWins() {
        ServiceCredentials credentials = ServiceCredentials.of(OBJECT_STORAGE, new ApiInfo(false, List.of(
                field("username", "", false),
                field("username", "first", false),
                field("username", "second", false))), ROLES, LABELS);
        assertThat(credentials.fields()).extracting(CredentialField::value).containsExactly("", "first", "second");
        assertThat(credentials.value(FieldRole.USERNAME)).contains("first");
        assertThat(credentials.field(FieldRole.USERNAME)).get().isSameAs(credentials.fields().get(1));
    }

    @Test
    void sensitiveByThePortalsFlagOrByTheRole() {
        ServiceCredentials credentials = ServiceCredentials.of(OBJECT_STORAGE, new ApiInfo(false, List.of(
                field("secret_key", "cloudstack-secret", false),
                field("api_key", "cloudstack-key", false),
                field("mystery_token", "token-value", true),
                field("endpoint", "https://api.example.com", false))), ROLES, LABELS);
        assertThat(credentials.fields()).extracting(CredentialField::sensitive)
                .containsExactly(true, true, true, false);
        // The record itself keeps the invariant, whoever builds it.
        CredentialField built = new CredentialField("x", "v", false, false, Optional.of(FieldRole.PASSWORD), "X");
        assertThat(built.sensitive()).isTrue();
    }

    @Test
    void toStringNeverShowsASecret() {
        ServiceCredentials credentials = objectStorage(
                field("secret_key", "cloudstack-secret", false),
                field("mystery_token", "token-value", true));
        String shown = credentials.toString() + credentials.fields();
        assertThat(shown).doesNotContain(PASSWORD.strip(), S3_SECRET, "cloudstack-secret", "token-value")
                .contains("system-ccontini-2925", "(secret)", "Object Storage / ccontini");
    }

    @Test
    void missingListsTheWantedRolesWithoutAValueOnce() {
        ServiceCredentials credentials = objectStorage(field("region", "", false));
        assertThat(credentials.missing(List.of(FieldRole.USERNAME, FieldRole.REGION, FieldRole.S3_ENDPOINT,
                FieldRole.PASSWORD, FieldRole.REGION)))
                .containsExactly(FieldRole.REGION, FieldRole.S3_ENDPOINT);
        assertThat(credentials.missing(List.of())).isEmpty();
    }

    @Test
    void aFieldWithoutKeyOrValueIsShownAsAnUnnamedEmptyField() {
        ServiceCredentials credentials = ServiceCredentials.of(OBJECT_STORAGE,
                new ApiInfo(false, List.of(new ApiInfoField(null, null, false, false))), ROLES, LABELS);
        assertThat(credentials.fields()).singleElement().satisfies(f -> {
            assertThat(f.key()).isEmpty();
            assertThat(f.isEmpty()).isTrue();
            assertThat(f.label()).isEqualTo("(unnamed field)");
        });
    }
}
