package io.github.cloudmckeys.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.portal.ApiInfo;
import io.github.cloudmckeys.portal.ApiInfoField;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The corpus of spellings the inference must read, and the cases where it must not guess. */
class RoleInferenceTest {
    private static final FieldRoles TABLE = FieldRoles.load();
    private static final FieldLabels LABELS = FieldLabels.load(Locale.ENGLISH);
    private static final ServiceEntry SERVICE = new ServiceEntry("c1", "Object Storage", "e1", "prod", null, "swift");

    static final String V3 = "https://auth.example.test";
    static final String V2 = "https://auth.example.test/v2.0";
    static final String ACCESS = "0123456789abcdef0123456789abcdef";

    /** One Object Storage portal per spelling: keys in the order USERNAME, PASSWORD, PROJECT_NAME, AUTH_URL, AUTH_URL_V2, version, domain, S3 access, S3 secret. */
    static Stream<Arguments> spellings() {
        return Stream.of(
                spelling("dotted", "swift.login", "swift.secret", "swift.tenant", "swift.auth.v3", "swift.auth.v2",
                        "swift.identityVersion", "swift.domain", "swift.s3.access", "swift.s3.secret"),
                spelling("snake", "obj_login", "obj_pass", "obj_project", "obj_auth_endpoint", "obj_auth_endpoint_v2",
                        "obj_identity_ver", "obj_domain", "obj_ec2_access", "obj_ec2_secret"),
                spelling("camel (v3 URL without an auth word)", "storageLogin", "storagePassphrase", "storageTenant",
                        "storageEndpoint", "storageLegacyEndpoint", "storageApiVersion", "storageDomain",
                        "storageS3Access", "storageS3Secret"),
                spelling("kebab", "swift-user", "swift-pass", "swift-project", "swift-identity-url", "swift-legacy-url",
                        "swift-auth-version", "swift-domain", "swift-aws-access", "swift-aws-secret"),
                spelling("prefixed upper case", "X_OBJ_LOGIN", "X_OBJ_PASSWORD", "X_OBJ_TENANT", "X_OBJ_KEYSTONE",
                        "X_OBJ_KEYSTONE_V2", "X_OBJ_KEYSTONE_VERSION", "X_OBJ_DOMAIN", "X_OBJ_S3ACCESS",
                        "X_OBJ_S3SECRET"),
                spelling("French labels", "Nom d'utilisateur", "Mot de passe", "Nom du projet",
                        "URL d'authentification", "Point de terminaison (obsolète)", "Version de l'API d'identité",
                        "ID du domaine", "Clé d'accès S3", "Clé secrète S3"),
                spelling("English labels", "Swift login", "Swift secret", "Swift tenant", "Keystone endpoint",
                        "Legacy endpoint", "Keystone API version", "Swift domain", "EC2 access", "EC2 secret"));
    }

    private static Arguments spelling(String name, String... keys) {
        return Arguments.of(name, List.of(keys));
    }

    /** The values, in the order of {@link #spellings()}; the password and the S3 secret are flagged sensitive. */
    private static List<ApiInfoField> portal(List<String> keys) {
        String[] values = {"system-ccontini-2925", "pa55 w0rd", "system-ccontini", V3, V2, "3", "default", ACCESS,
            "s3-secret-value"};
        boolean[] sensitive = {false, true, false, false, false, false, false, false, true};
        List<ApiInfoField> fields = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            fields.add(new ApiInfoField(keys.get(i), values[i], sensitive[i], false));
        }
        return fields;
    }

    private static final List<FieldRole> EXPECTED = List.of(FieldRole.USERNAME, FieldRole.PASSWORD,
            FieldRole.PROJECT_NAME, FieldRole.AUTH_URL, FieldRole.AUTH_URL_V2, FieldRole.IDENTITY_API_VERSION,
            FieldRole.DOMAIN_ID, FieldRole.S3_ACCESS_KEY, FieldRole.S3_SECRET_KEY);

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void everyRoleIsInferredFromItsSpelling(String name, List<String> keys) {
        ServiceCredentials credentials = credentials(portal(keys), RoleAssignments.none());
        for (int i = 0; i < keys.size(); i++) {
            CredentialField field = credentials.fields().get(i);
            assertThat(field.role()).as(field.key()).contains(EXPECTED.get(i));
            assertThat(field.source()).as(field.key()).isEqualTo(RoleSource.INFERRED);
        }
        assertThat(credentials.value(FieldRole.USERNAME)).contains("system-ccontini-2925");
        assertThat(credentials.value(FieldRole.AUTH_URL)).contains(V3);
    }

    @Test
    void twoSensitiveFieldsThatBothLookLikeAPasswordAreNeitherGuessed() {
        ServiceCredentials credentials = credentials(List.of(field("swift.login", "bob", false),
                field("swift.secret", "one", true), field("swift.passphrase", "two", true)), RoleAssignments.none());
        assertThat(credentials.has(FieldRole.PASSWORD)).isFalse();
        assertThat(credentials.fields().get(1).source()).isEqualTo(RoleSource.NONE);
        assertThat(credentials.fields().get(2).source()).isEqualTo(RoleSource.NONE);
        assertThat(credentials.value(FieldRole.USERNAME)).contains("bob");
        assertThat(RoleInference.candidates(FieldRole.PASSWORD, credentials.fields()))
                .containsExactly("swift.secret", "swift.passphrase");
    }

    @Test
    void twoAuthenticationUrlsWithoutAV2OneAreNeitherGuessed() {
        ServiceCredentials credentials = credentials(List.of(field("swift.auth.public", V3, false),
                field("swift.auth.internal", "https://internal.example.test", false)), RoleAssignments.none());
        assertThat(credentials.has(FieldRole.AUTH_URL)).isFalse();
    }

    @Test
    void aFieldThatFitsTwoRolesGetsNeither() {
        // 32 hex digits under "domain" and "access": a domain id as much as an access key.
        ServiceCredentials credentials = credentials(List.of(field("swift.domain.access", ACCESS, false)),
                RoleAssignments.none());
        assertThat(RoleInference.RULES.stream().filter(rule -> rule.fits(credentials.fields().get(0)))
                .map(RoleInference.Rule::role)).containsExactlyInAnyOrder(FieldRole.DOMAIN_ID, FieldRole.S3_ACCESS_KEY);
        assertThat(credentials.fields().get(0).source()).isEqualTo(RoleSource.NONE);
    }

    static Stream<Arguments> notFooled() {
        return Stream.of(
                Arguments.of("a password hint that is not sensitive", field("password_hint", "my cat", false),
                        FieldRole.PASSWORD),
                Arguments.of("a password hint even if flagged", field("swift.password.hint", "my cat", true),
                        FieldRole.PASSWORD),
                Arguments.of("a project_id that is a name", field("swift.project_id", "system-ccontini", false),
                        FieldRole.PROJECT_ID),
                Arguments.of("a project_id that is a name is no name either",
                        field("swift.project_id", "system-ccontini", false), FieldRole.PROJECT_NAME),
                Arguments.of("a URL that is not a URL", field("swift.auth.v3", "auth.example.test", false),
                        FieldRole.AUTH_URL),
                Arguments.of("a URL without a host", field("swift.keystone", "https:///v3", false),
                        FieldRole.AUTH_URL),
                Arguments.of("a version that is no small version", field("swift.version", "30", false),
                        FieldRole.IDENTITY_API_VERSION),
                Arguments.of("a domain given by name", field("swift.domain", "Default Domain", false),
                        FieldRole.DOMAIN_ID),
                Arguments.of("an access key too short", field("swift.s3.access", "abc123", false),
                        FieldRole.S3_ACCESS_KEY),
                Arguments.of("a user name flagged sensitive", field("swift.login", "bob", true), FieldRole.USERNAME),
                Arguments.of("a user id", field("swift.user.id", "bob", false), FieldRole.USERNAME),
                Arguments.of("an S3 secret as the password", field("swift.s3.secret", "x", true), FieldRole.PASSWORD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notFooled")
    void isNotFooledBy(String name, ApiInfoField field, FieldRole role) {
        ServiceCredentials credentials = credentials(List.of(field), RoleAssignments.none());
        assertThat(credentials.fields().get(0).role()).isNotEqualTo(Optional.of(role));
    }

    @Test
    void aRoleTheTableGaveIsNotInferredAgain() {
        ServiceCredentials credentials = credentials(List.of(field("username", "alice", false),
                field("swift.login", "bob", false)), RoleAssignments.none());
        assertThat(credentials.fields().get(0).source()).isEqualTo(RoleSource.TABLE);
        assertThat(credentials.fields().get(1).source()).isEqualTo(RoleSource.NONE);
        assertThat(credentials.value(FieldRole.USERNAME)).contains("alice");
    }

    @Test
    void anAssignmentWinsOverTheTableAndBothStayShown() {
        RoleAssignments assigned = RoleAssignments.none().with("swift.login", Optional.of(FieldRole.USERNAME));
        ServiceCredentials credentials = credentials(List.of(field("username", "alice", false),
                field("swift.login", "bob", false)), assigned);
        assertThat(credentials.value(FieldRole.USERNAME)).contains("bob");
        assertThat(credentials.fields()).extracting(CredentialField::source)
                .containsExactly(RoleSource.TABLE, RoleSource.ASSIGNED);
        assertThat(credentials.fields()).extracting(CredentialField::role)
                .containsOnly(Optional.of(FieldRole.USERNAME));
    }

    @Test
    void notUsedTakesATableRoleAwayAndTheFieldStaysShown() {
        RoleAssignments assigned = RoleAssignments.none().with("password", Optional.empty());
        ServiceCredentials credentials = credentials(List.of(field("password", "s3cret", true)), assigned);
        assertThat(credentials.has(FieldRole.PASSWORD)).isFalse();
        CredentialField shown = credentials.fields().get(0);
        assertThat(shown.source()).isEqualTo(RoleSource.ASSIGNED);
        assertThat(shown.sensitive()).isTrue();
        assertThat(RoleTag.roleName(shown)).isEqualTo("not-used");
    }

    @Test
    void anAssignedSecretRoleMasksAFieldThePortalDidNotFlag() {
        RoleAssignments assigned = RoleAssignments.none().with("swift.word", Optional.of(FieldRole.PASSWORD));
        ServiceCredentials credentials = credentials(List.of(field("swift.word", "hunter2", false)), assigned);
        assertThat(credentials.fields().get(0).sensitive()).isTrue();
        assertThat(credentials.fields().get(0).toString()).doesNotContain("hunter2");
    }

    @Test
    void missingRolesNameTheCandidateKeysNeverAValue() {
        ServiceCredentials credentials = credentials(List.of(field("swift.who", "bob", false),
                field("swift.where", V3, false), field("swift.secret", "hunter2", true)), RoleAssignments.none());
        MissingRoles missing = MissingRoles.forKeystone(credentials, false);
        assertThat(missing.roles()).containsExactly(FieldRole.AUTH_URL, FieldRole.USERNAME);
        assertThat(missing.candidates()).containsExactly("swift.who", "swift.where");
        String sentence = missing.explain(io.github.cloudmckeys.i18n.Message.of("export.noKeystone.openrc",
                "Object Storage / prod"), "Object Storage / prod").english();
        assertThat(sentence).contains("auth-url, username", "swift.who, swift.where", "roles --service",
                "Use as").doesNotContain("bob", "hunter2", V3);
    }

    @Test
    void kebabNamesRoundTrip() {
        for (FieldRole role : FieldRole.values()) {
            assertThat(FieldRole.ofKebabName(role.kebabName())).contains(role);
        }
        assertThat(FieldRole.ofKebabName("Project_Name")).contains(FieldRole.PROJECT_NAME);
        assertThat(FieldRole.ofKebabName("projectname")).isEmpty();
    }

    @Test
    void keysAreSplitIntoWords() {
        assertThat(RoleInference.words("swift.authV3")).containsExactly("swift", "auth", "v3");
        assertThat(RoleInference.words("X_OBJ_S3SECRET")).containsExactly("x", "obj", "s3", "secret");
        assertThat(RoleInference.words("Clé secrète")).containsExactly("cle", "secrete");
        assertThat(RoleInference.words("identity-api-version")).containsExactly("identity", "api", "version");
    }

    private static ApiInfoField field(String key, String value, boolean sensitive) {
        return new ApiInfoField(key, value, sensitive, false);
    }

    private static ServiceCredentials credentials(List<ApiInfoField> fields, RoleAssignments assigned) {
        return ServiceCredentials.of(SERVICE, new ApiInfo(false, fields), TABLE, LABELS, assigned);
    }
}
