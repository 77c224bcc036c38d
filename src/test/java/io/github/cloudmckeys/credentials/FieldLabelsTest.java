package io.github.cloudmckeys.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FieldLabelsTest {
    private static final FieldLabels LABELS = FieldLabels.load(Locale.ENGLISH);

    @ParameterizedTest
    @EnumSource(FieldRole.class)
    void everyRoleHasItsOwnLineInTheEnglishBundle(FieldRole role) throws IOException {
        // Read the file itself: labelFor falls back to the role's name, which would hide a missing line.
        Properties english = new Properties();
        try (InputStream in = FieldLabels.class.getResourceAsStream("labels.properties")) {
            assertThat(in).isNotNull();
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(english.getProperty(role.name())).isNotBlank();
        assertThat(LABELS.labelFor(role)).isEqualTo(english.getProperty(role.name()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            AUTH_URL_V2          | Authentication endpoint (deprecated)
            PROJECT_NAME         | Project name
            USERNAME             | User name
            PASSWORD             | Password
            AUTH_URL             | Authentication URL
            IDENTITY_API_VERSION | Identity API version
            DOMAIN_ID            | Domain ID
            S3_ACCESS_KEY        | S3 API access key
            S3_SECRET_KEY        | S3 API secret key
            """)
    void objectStorageLabelsAreThePortals(FieldRole role, String label) {
        assertThat(LABELS.labelFor(role)).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            s3_bucket_hint     | S3 bucket hint
            bucketHint         | Bucket hint
            OS_FOO_BAR         | OS foo bar
            aws_access_key_id  | AWS access key ID
            AWSAccessKeyId     | AWS access key ID
            authUrlV2          | Auth URL v2
            s3Bucket           | S3 bucket
            dns-server.ip      | DNS server IP
            ca_cert_uuid       | CA cert UUID
            HTTPServer         | HTTP server
            région_préférée    | Région préférée
            x                  | X
            __weird__key__     | Weird key
            """)
    void unknownKeysAreHumanized(String key, String label) {
        assertThat(LABELS.labelForUnknownKey(key)).isEqualTo(label);
    }

    @Test
    void aKeyWithoutWordsGetsTheUnnamedLabel() {
        assertThat(LABELS.labelForUnknownKey("")).isEqualTo("(unnamed field)");
        assertThat(LABELS.labelForUnknownKey("__")).isEqualTo("(unnamed field)");
        assertThat(LABELS.labelForUnknownKey(null)).isEqualTo("(unnamed field)");
    }

    @Test
    void aLocaleWithoutTranslationGetsEnglish() {
        FieldLabels labels = FieldLabels.load(Locale.forLanguageTag("tlh"));
        assertThat(labels.labelFor(FieldRole.USERNAME)).isEqualTo("User name");
    }
}
