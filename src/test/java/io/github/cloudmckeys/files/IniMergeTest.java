package io.github.cloudmckeys.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.render.config.ConfigEntry;
import io.github.cloudmckeys.render.config.ConfigEntry.IniSection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sections in, every other line of the file the same byte for byte. */
class IniMergeTest {
    static final String CREDENTIALS = """
            # my AWS keys; keep this comment
            [default]
            aws_access_key_id = AKIADEFAULT
            aws_secret_access_key = default/secret

            ; the old ccontini profile
            [ccontini]
            aws_access_key_id = OLD
            # a comment inside the old section
            aws_secret_access_key = old-secret

            # work, from the admin
            [work]
            aws_access_key_id=AKIAWORK
            aws_secret_access_key=work%secret
            """;

    static final IniSection CCONTINI = new IniSection("ccontini", List.of(),
            List.of("aws_access_key_id = NEW", "aws_secret_access_key = new-secret"));

    @Test
    void theSectionIsReplacedInPlaceAndEverythingElseKeptByteForByte() {
        IniMerge.Outcome merged = IniMerge.put(Optional.of(CREDENTIALS), List.of(CCONTINI));

        assertThat(merged.replaced()).containsExactly("ccontini");
        assertThat(merged.text()).isEqualTo("""
                # my AWS keys; keep this comment
                [default]
                aws_access_key_id = AKIADEFAULT
                aws_secret_access_key = default/secret

                ; the old ccontini profile
                [ccontini]
                aws_access_key_id = NEW
                aws_secret_access_key = new-secret

                # work, from the admin
                [work]
                aws_access_key_id=AKIAWORK
                aws_secret_access_key=work%secret
                """);
    }

    @Test
    void aNewSectionIsAppendedAfterABlankLine() {
        IniMerge.Outcome merged = IniMerge.put(Optional.of(CREDENTIALS), List.of(new IniSection("new", List.of(),
                List.of("a = b"))));

        assertThat(merged.replaced()).isEmpty();
        assertThat(merged.text()).isEqualTo(CREDENTIALS + "\n[new]\na = b\n");
        assertThat(IniMerge.put(Optional.of("[x]\ny = z"), List.of(CCONTINI)).text())
                .isEqualTo("[x]\ny = z\n\n[ccontini]\naws_access_key_id = NEW\naws_secret_access_key = new-secret\n");
        assertThat(IniMerge.put(Optional.empty(), List.of(CCONTINI)).text())
                .isEqualTo("[ccontini]\naws_access_key_id = NEW\naws_secret_access_key = new-secret\n");
    }

    @Test
    void theAwsConfigsProfileAndServicesSectionsAreReplacedOrAddedTogether() {
        String config = "[profile ccontini]\nregion = old\n\n[profile  other]\nregion = x\n";
        IniSection profile = new IniSection("profile ccontini", List.of(), List.of("region = cloud.ca"));
        IniSection services = new IniSection("services ccontini", List.of(), List.of("s3 =", "  endpoint_url = e"));

        IniMerge.Outcome merged = IniMerge.put(Optional.of(config), List.of(profile, services));

        assertThat(merged.replaced()).containsExactly("profile ccontini");
        assertThat(merged.text()).isEqualTo("[profile ccontini]\nregion = cloud.ca\n\n[profile  other]\nregion = x\n"
                + "\n[services ccontini]\ns3 =\n  endpoint_url = e\n");
    }

    @Test
    void aliasesAndDuplicatesCountAsTheSameEntry() {
        String config = "[profile default]\nregion = a\n[other]\nk = v\n[ default ]\nregion = b\n";
        IniSection defaults = new IniSection("default", List.of("profile default"), List.of("region = c"));

        IniMerge.Outcome merged = IniMerge.put(Optional.of(config), List.of(defaults));

        assertThat(merged.replaced()).containsExactly("default");
        assertThat(merged.text()).isEqualTo("[default]\nregion = c\n[other]\nk = v\n");
    }

    @Test
    void windowsLineEndsAreKeptAndUsedForTheNewLines() {
        String crlf = "[a]\r\nk = v\r\n\r\n[ccontini]\r\nold = 1\r\n";
        assertThat(IniMerge.put(Optional.of(crlf), List.of(CCONTINI)).text()).isEqualTo(
                "[a]\r\nk = v\r\n\r\n[ccontini]\r\naws_access_key_id = NEW\r\naws_secret_access_key = new-secret\r\n");
    }

    @Test
    void anIndentedBracketLineIsAValueNotAHeader() {
        String config = "[ccontini]\ns3 =\n  [ccontini]\n[next]\nk = v\n";
        IniMerge.Outcome merged = IniMerge.put(Optional.of(config), List.of(CCONTINI));
        assertThat(merged.text()).endsWith("aws_secret_access_key = new-secret\n[next]\nk = v\n")
                .doesNotContain("  [ccontini]");
        assertThat(IniMerge.headers(merged.text())).containsExactly("ccontini", "next");
    }

    @Test
    void linesBeforeTheFirstSectionStay() {
        String rclone = "; global comment\nstray = value\n[ccontini]\ntype = swift\n";
        assertThat(IniMerge.put(Optional.of(rclone), List.of(CCONTINI)).text())
                .startsWith("; global comment\nstray = value\n[ccontini]\naws_access_key_id = NEW\n");
    }
}
