package io.github.cloudmckeys.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretRedactorTest {
    private final SecretRedactor redactor = new SecretRedactor();

    @Test
    void aRegisteredSecretIsReplacedWhereverItAppears() {
        redactor.register("hunter2-SEKRET");

        assertThat(redactor.redact("login with hunter2-SEKRET failed; retry hunter2-SEKRET"))
                .isEqualTo("login with ******** failed; retry ********");
    }

    @Test
    void aSecretHoldingAnotherIsReplacedWhole() {
        redactor.register("abcd");
        redactor.register("xxabcdyy");

        assertThat(redactor.redact("value xxabcdyy and abcd")).isEqualTo("value ******** and ********");
    }

    /** The mask is plain characters a password may hold: a value that contains it is masked whole all the same. */
    @Test
    void anAnnouncedValueHoldingTheMaskIsStillMaskedWhole() {
        assertThat(redactor.redact("OS_PASSWORD=ab" + SecretRedactor.MASK + "cd next"))
                .isEqualTo("OS_PASSWORD=" + SecretRedactor.MASK + " next");
        assertThat(redactor.redact("{\"password\": \"" + SecretRedactor.MASK + "x\"}"))
                .isEqualTo("{\"password\": \"" + SecretRedactor.MASK + "\"}");
        assertThat(redactor.redact("password=" + SecretRedactor.MASK)).isEqualTo("password=" + SecretRedactor.MASK);
    }

    @Test
    void aSecretWithBlanksAroundIsAlsoFoundWithout() {
        redactor.register("  p@ss word  ");

        assertThat(redactor.redact("[p@ss word]")).isEqualTo("[********]");
    }

    @Test
    void veryShortValuesAreNotSearchedFor() {
        redactor.register("ab");
        redactor.register("   ");
        redactor.register(null);

        assertThat(redactor.redact("a cab on the slab")).isEqualTo("a cab on the slab");
        assertThat(redactor.size()).isZero();
    }

    @Test
    void theOldestAreForgottenBeyondTheCap() {
        for (int i = 0; i < SecretRedactor.MAX_SECRETS + 5; i++) {
            redactor.register("secret-number-" + i);
        }

        assertThat(redactor.size()).isEqualTo(SecretRedactor.MAX_SECRETS);
        assertThat(redactor.redact("secret-number-" + (SecretRedactor.MAX_SECRETS + 4))).isEqualTo("********");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MC-Api-Key: 0123abcd|MC-Api-Key: ********",
            "mc-api-key:0123abcd, next|mc-api-key:********, next",
            "Authorization: Bearer eyJhbGci.x.y|Authorization: ********",
            "export OS_PASSWORD='p w'|export OS_PASSWORD='********'",
            "set AWS_SECRET_ACCESS_KEY=abc/def+ghi now|set AWS_SECRET_ACCESS_KEY=******** now",
            "{\"password\": \"pw1\", \"user\": \"bob\"}|{\"password\": \"********\", \"user\": \"bob\"}",
            "{\"s3_secret_key\":\"k1\"}|{\"s3_secret_key\":\"********\"}",
            "url?api_key=zzz&x=1|url?api_key=********",
            "password=pw1;next|password=********;next",
            "{\"password\": \"a\\\"b$\", \"n\": 1}|{\"password\": \"********\", \"n\": 1}",
    })
    void valuesAnnouncedByTheirNameAreReplacedWithoutRegistering(String text, String redacted) {
        assertThat(redactor.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cmd cannot hide typed input, so a cmd script cannot ask for the password: use powershell",
            "The portal refused the API key: the API key is invalid or was deleted",
            "No API key: set CLOUDMC_API_KEY to the API key from the portal's API credentials page",
            "Password for Object Storage / ccontini is missing",
    })
    void proseAboutSecretsIsLeftAlone(String text) {
        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void aClosedScopeIsForgottenButWhatAnotherScopeHoldsStays() {
        SecretRedactor.Scope session = redactor.openScope();
        SecretRedactor.Scope tested = redactor.openScope();
        session.register("session-key-1234");
        tested.register("typed-key-5678");
        tested.register("session-key-1234");
        redactor.register("argument-key-9999");

        assertThat(redactor.redact("typed-key-5678 session-key-1234 argument-key-9999"))
                .isEqualTo("******** ******** ********");
        tested.close();
        assertThat(redactor.redact("typed-key-5678 session-key-1234 argument-key-9999"))
                .isEqualTo("typed-key-5678 ******** ********");
        session.close();
        assertThat(redactor.redact("session-key-1234 argument-key-9999")).isEqualTo("session-key-1234 ********");

        tested.register("too-late-0000"); // a closed scope takes nothing more
        assertThat(redactor.redact("too-late-0000")).isEqualTo("too-late-0000");
        assertThat(redactor.size()).isEqualTo(1);
    }
}
