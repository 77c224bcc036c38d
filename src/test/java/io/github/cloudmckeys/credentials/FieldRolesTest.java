package io.github.cloudmckeys.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldRolesTest {
    private static final FieldRoles ROLES = FieldRoles.load();

    static Stream<Arguments> spellings() {
        return Stream.of(
                spell(FieldRole.USERNAME, "user_name", "userName", "username", "OS_USERNAME", "User name",
                        "USER-NAME", "user.name", "UserName"),
                spell(FieldRole.PASSWORD, "password", "Password", "OS_PASSWORD", "PASSWORD", "passwd"),
                spell(FieldRole.PROJECT_NAME, "project_name", "projectName", "tenant_name", "OS_PROJECT_NAME",
                        "OS_TENANT_NAME", "Project name", "tenantName"),
                spell(FieldRole.PROJECT_ID, "project_id", "projectId", "tenant_id", "OS_PROJECT_ID",
                        "OS_TENANT_ID", "Project ID"),
                spell(FieldRole.AUTH_URL, "auth_url", "authUrl", "authentication_url", "OS_AUTH_URL",
                        "Authentication URL", "authenticationUrl"),
                spell(FieldRole.AUTH_URL_V2, "auth_url_v2", "authUrlV2", "authentication_endpoint",
                        "authentication_endpoint_deprecated", "Authentication endpoint (deprecated)",
                        "keystone_v2_url", "authenticationEndpoint"),
                spell(FieldRole.IDENTITY_API_VERSION, "identity_api_version", "identityApiVersion",
                        "OS_IDENTITY_API_VERSION", "Identity API version"),
                spell(FieldRole.DOMAIN_ID, "domain_id", "domainId", "Domain ID", "OS_DOMAIN_ID"),
                spell(FieldRole.DOMAIN_NAME, "domain_name", "domainName", "OS_DOMAIN_NAME"),
                spell(FieldRole.USER_DOMAIN_ID, "user_domain_id", "OS_USER_DOMAIN_ID", "userDomainId"),
                spell(FieldRole.USER_DOMAIN_NAME, "user_domain_name", "OS_USER_DOMAIN_NAME"),
                spell(FieldRole.PROJECT_DOMAIN_ID, "project_domain_id", "OS_PROJECT_DOMAIN_ID"),
                spell(FieldRole.PROJECT_DOMAIN_NAME, "project_domain_name", "OS_PROJECT_DOMAIN_NAME"),
                spell(FieldRole.REGION, "region", "region_name", "regionName", "OS_REGION_NAME", "Region"),
                spell(FieldRole.INTERFACE, "interface", "OS_INTERFACE", "endpoint_type", "OS_ENDPOINT_TYPE"),
                spell(FieldRole.S3_ACCESS_KEY, "s3_access_key", "s3_api_access_key", "S3 API access key",
                        "access_key", "accessKey", "aws_access_key_id", "AWS_ACCESS_KEY_ID", "s3AccessKey"),
                spell(FieldRole.S3_SECRET_KEY, "s3_secret_key", "s3_api_secret_key", "S3 API secret key",
                        "secret_access_key", "aws_secret_access_key", "AWS_SECRET_ACCESS_KEY"),
                spell(FieldRole.S3_ENDPOINT, "s3_endpoint", "s3_url", "s3Endpoint", "AWS_ENDPOINT_URL"),
                spell(FieldRole.S3_REGION, "s3_region", "s3Region", "AWS_DEFAULT_REGION"),
                spell(FieldRole.API_ENDPOINT, "endpoint", "Endpoint", "api_url", "apiUrl", "api_endpoint"),
                spell(FieldRole.API_KEY, "api_key", "apikey", "apiKey", "API key"),
                spell(FieldRole.SECRET_KEY, "secret_key", "secretkey", "secretKey", "Secret key"))
                .flatMap(s -> s);
    }

    private static Stream<Arguments> spell(FieldRole role, String... keys) {
        return Stream.of(keys).map(key -> Arguments.of(key, role));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("spellings")
    void everySpellingMapsToItsRole(String key, FieldRole role) {
        assertThat(ROLES.roleOf(key)).contains(role);
    }

    @Test
    void accentsAndSurroundingSpaceDoNotMatter() {
        assertThat(ROLES.roleOf("  Régión ")).contains(FieldRole.REGION);
        assertThat(ROLES.roleOf("Pässword")).contains(FieldRole.PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3_bucket_hint", "bucketHint", "", "   ", "user_names", "endpoints", "os_user"})
    void unknownKeysHaveNoRole(String key) {
        assertThat(ROLES.roleOf(key)).isEmpty();
    }

    @Test
    void nullKeyHasNoRole() {
        assertThat(ROLES.roleOf(null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FieldRole.class)
    void everyRoleHasAnAliasThatMapsBackToIt(FieldRole role) {
        assertThat(ROLES.aliases(role)).isNotEmpty();
        assertThat(ROLES.aliases(role)).allSatisfy(alias -> assertThat(ROLES.roleOf(alias)).contains(role));
    }

    @Test
    void aliasesAreKeptAsWrittenInTableOrder() {
        assertThat(ROLES.aliases(FieldRole.AUTH_URL_V2)).startsWith("Authentication endpoint (deprecated)");
    }

    @Test
    void aSmallTableParsesWithCommentsBlankLinesAndStrayTabs() throws IOException {
        FieldRoles roles = parse("""
                # a comment

                USERNAME\tuser_name\t\tlogin
                   # an indented comment
                PASSWORD\tpassword\tPassword
                """);
        assertThat(roles.roleOf("LOGIN")).contains(FieldRole.USERNAME);
        assertThat(roles.roleOf("userName")).contains(FieldRole.USERNAME);
        assertThat(roles.roleOf("password")).contains(FieldRole.PASSWORD);
        assertThat(roles.aliases(FieldRole.USERNAME)).containsExactly("user_name", "login");
        assertThat(roles.aliases(FieldRole.REGION)).isEmpty();
    }

    @Test
    void anAliasInTwoRolesFailsNamingTheAliasAndBothRoles() {
        assertThatThrownBy(() -> parse("""
                API_ENDPOINT\tendpoint\tapi_url
                AUTH_URL\tauth_url\tEndpoint
                """))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"Endpoint\"")
                .hasMessageContaining("AUTH_URL")
                .hasMessageContaining("API_ENDPOINT")
                .hasMessageContaining("line 2")
                .hasMessageContaining("test table");
    }

    @Test
    void spellingsThatNormalizeAlikeCountAsOneAlias() {
        assertThatThrownBy(() -> parse("""
                USERNAME\tuser_name
                USER_DOMAIN_NAME\tUser-Name
                """))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"User-Name\"")
                .hasMessageContaining("\"username\"");
    }

    @Test
    void aRepeatedSpellingWithinOneRoleIsAccepted() throws IOException {
        assertThat(parse("USERNAME\tuser_name\tuserName\n").roleOf("username")).contains(FieldRole.USERNAME);
    }

    @Test
    void anUnknownRoleFails() {
        assertThatThrownBy(() -> parse("\nUSER\tuser_name\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"USER\" is not a field role")
                .hasMessageContaining("line 2");
    }

    @Test
    void aRoleOnTwoLinesFails() {
        assertThatThrownBy(() -> parse("REGION\tregion\nREGION\tregion_name\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REGION is already listed on line 1");
    }

    @Test
    void aRoleWithoutAliasFailsMentioningTabs() {
        // Spaces instead of tabs: the whole line is read as a role name.
        assertThatThrownBy(() -> parse("REGION    region\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not a field role");
        assertThatThrownBy(() -> parse("REGION\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REGION has no alias");
    }

    @Test
    void anAliasWithoutLetterOrDigitFails() {
        assertThatThrownBy(() -> parse("REGION\tregion\t--\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"--\" has no letter or digit");
    }

    @Test
    void normalizationDropsCaseAccentsAndSeparators() {
        assertThat(List.of("user_name", "userName", "USER NAME", "user-name", "user.name", "Üser name"))
                .extracting(FieldRoles::normalizeKey)
                .containsOnly("username");
        assertThat(FieldRoles.normalizeKey("Authentication endpoint (deprecated)"))
                .isEqualTo("authenticationendpointdeprecated");
    }

    private static FieldRoles parse(String table) throws IOException {
        return FieldRoles.parse(new StringReader(table), "test table");
    }
}
