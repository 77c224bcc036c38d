package io.github.cloudmckeys.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ServiceEntry;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.config.ConfigEntry;
import io.github.cloudmckeys.render.config.ConfigExporter;
import io.github.cloudmckeys.render.config.ConfigFormat;
import io.github.cloudmckeys.render.config.ConfigOptions;
import io.github.cloudmckeys.render.config.ConfigResult;
import io.github.cloudmckeys.render.config.GoldenFilesTest;
import io.github.cloudmckeys.render.config.S3Defaults;
import io.github.cloudmckeys.render.script.Credentials;
import io.github.cloudmckeys.render.script.ExportFormat;
import io.github.cloudmckeys.render.script.PasswordMode;
import io.github.cloudmckeys.render.script.ScriptExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures of the export package said in French, on the real file system and through the
 * real writers: the exception's {@code getMessage()} stays English (logs), its
 * {@code userMessage()} renders in French.
 */
class FrenchSentencesTest {
    private static final Messages FRENCH = Messages.of(Language.FRENCH);

    @TempDir
    Path dir;

    @Test
    void aSaveIntoAFolderThatRefusesWritingIsSaidInFrench() throws Exception {
        Path folder = unwritableFolder();
        Path target = folder.resolve("openrc-v3.sh");

        SaveException e = catchThrowableOfType(SaveException.class,
                () -> OwnerOnlyFileWriter.write(target, "export OS_PASSWORD='hunter2'\n",
                        OwnerOnlyFileWriter.IfExists.REFUSE));

        assertThat(e.kind()).isEqualTo(SaveException.Kind.NOT_WRITABLE);
        assertThat(e.getMessage()).isEqualTo("Cannot write in " + folder
                + " (permission denied or read-only): nothing was saved; choose another folder.");
        assertThat(FRENCH.sentence(e)).isEqualTo("Impossible d’écrire dans " + folder
                + " (permission refusée ou lecture seule)\u00a0: rien n’a été enregistré; choisissez un autre dossier.");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void anExistingFileAndAMissingFolderAreSaidInFrench() throws Exception {
        Path existing = Files.writeString(dir.resolve("clouds.yaml"), "clouds: {}\n");
        SaveException exists = catchThrowableOfType(SaveException.class,
                () -> OwnerOnlyFileWriter.write(existing, "x", OwnerOnlyFileWriter.IfExists.REFUSE));
        assertThat(FRENCH.sentence(exists)).isEqualTo(existing
                + " existe déjà\u00a0: choisissez un autre nom ou autorisez son remplacement.");

        Path missing = dir.resolve("absent");
        SaveException noFolder = catchThrowableOfType(SaveException.class,
                () -> OwnerOnlyFileWriter.write(missing.resolve("f"), "x", OwnerOnlyFileWriter.IfExists.REFUSE));
        assertThat(FRENCH.sentence(noFolder)).isEqualTo("Le dossier " + missing
                + " n’existe pas\u00a0: choisissez un dossier existant.");
    }

    @Test
    void aNulInAValueIsSaidInFrenchWithoutTheValue() {
        String password = "hunter2\0rest";
        ExportException e = catchThrowableOfType(ExportException.class, () -> ScriptExporter.export(
                Credentials.ordinary().with(FieldRole.PASSWORD, password).build(), ExportFormat.OPENRC_V3,
                Credentials.options(PasswordMode.EMBED, Language.FRENCH)));

        assertThat(e.getMessage()).isEqualTo("OS_PASSWORD cannot be written: its value holds a NUL character,"
                + " which no environment variable can hold.");
        assertThat(FRENCH.sentence(e)).isEqualTo("Impossible d’écrire OS_PASSWORD\u00a0: sa valeur contient un"
                + " caractère NUL, qu’aucune variable d’environnement ne peut contenir.")
                .doesNotContain("hunter2");
    }

    @Test
    void aServiceWithoutKeystoneAndABadNameAreSaidInFrench() {
        ExportException noKeystone = catchThrowableOfType(ExportException.class, () -> ConfigExporter.export(
                Credentials.of(new ServiceEntry("c", "Calcul", "e", "prod", null))
                        .with(FieldRole.USERNAME, "u").build(), ConfigFormat.CLOUDS_YAML, options("x")));
        assertThat(FRENCH.sentence(noKeystone)).startsWith("Calcul / prod n’a pas d’identifiants Keystone (ni URL"
                + " d’authentification ni nom d’utilisateur)\u00a0: il n’y a pas de clouds.yaml à écrire. Il manque\u00a0:"
                + " auth-url.");

        ExportException badName = catchThrowableOfType(ExportException.class, () -> ConfigExporter.export(
                Credentials.ordinary().build(), ConfigFormat.RCLONE_SWIFT, options("mon nuage")));
        assertThat(badName.getMessage()).isEqualTo("The name \"mon nuage\" can hold ASCII letters, digits and"
                + " . _ - + @ only, and cannot start with - or .");
        assertThat(FRENCH.sentence(badName)).isEqualTo("Le nom «\u00a0mon nuage\u00a0» ne peut contenir que des"
                + " lettres ASCII, des chiffres et . _ - + @, et ne peut pas commencer par - ou .");
    }

    @Test
    void whatAnAdditionReplacesAndABrokenCloudsYamlAreSaidInFrench() throws Exception {
        Path clouds = Files.writeString(dir.resolve("clouds.yaml"), "clouds:\n  ccontini:\n    auth: {}\n");
        ConfigResult result = ConfigExporter.export(Credentials.ordinary().build(), ConfigFormat.CLOUDS_YAML,
                options("ccontini"));
        UserFileMerge.Plan plan = UserFileMerge.planCloud((ConfigEntry.Cloud) result.entry().orElseThrow(), clouds,
                dir.resolve("secure.yaml"));
        assertThat(plan.replacements()).containsExactly("cloud \"ccontini\" in " + clouds);
        assertThat(plan.replacements(FRENCH)).containsExactly("le nuage «\u00a0ccontini\u00a0» dans " + clouds);

        Files.writeString(clouds, "clouds:\n  x: {a: 1\n  secret: hunter2\n");
        SaveException broken = catchThrowableOfType(SaveException.class, () -> UserFileMerge.planCloud(
                (ConfigEntry.Cloud) result.entry().orElseThrow(), clouds, dir.resolve("secure.yaml")));
        assertThat(FRENCH.sentence(broken)).startsWith(clouds + " n’est pas du YAML valide (ligne ")
                .endsWith(")\u00a0: corrigez-le ou déplacez-le; rien n’a été modifié.").doesNotContain("hunter2");
    }

    @Test
    void theFrenchCommentsOfACmdScriptAreAsciiSoTheCodePageIsLeftAlone() throws Exception {
        String english = ScriptExporter.export(Credentials.ordinary().build(), ExportFormat.CMD_V3,
                Credentials.options(PasswordMode.EMBED)).script();
        String french = ScriptExporter.export(Credentials.ordinary().build(), ExportFormat.CMD_V3,
                Credentials.options(PasswordMode.EMBED, Language.FRENCH)).script();

        assertThat(french).isNotEqualTo(english).contains("rem Identifiants OpenStack pour Keystone v3")
                .doesNotContain("chcp");
        assertThat(french.chars().allMatch(c -> c < 0x80)).as("all ASCII").isTrue();
        // The portal's own non-ASCII text still switches the code page, in both languages alike.
        String frenchHostile = ScriptExporter.export(GoldenFilesTest.hostile().build(), ExportFormat.CMD_V3,
                Credentials.options(PasswordMode.EMBED, Language.FRENCH)).script();
        assertThat(frenchHostile).startsWith("@echo off\r\nchcp 65001 >nul\r\n").contains("équipe 中文");
    }

    private static ConfigOptions options(String name) {
        return new ConfigOptions(name, S3Defaults.CLOUD_CA, false, Credentials.GENERATED_AT, Credentials.PORTAL_HOST,
                Language.FRENCH);
    }

    /**
     * A folder this process cannot create a file in: a temporary folder made read-only, or,
     * for a process that writes anywhere (root), the kernel's {@code /sys}, which refuses
     * new files to everyone. Each is probed; the test is skipped only when neither refuses.
     */
    private Path unwritableFolder() throws IOException {
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        for (Path candidate : List.of(readOnly, Path.of("/sys"))) {
            if (Files.isDirectory(candidate) && refusesNewFiles(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "no folder refuses writing here");
        return readOnly;
    }

    private static boolean refusesNewFiles(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, ".probe", ".tmp"));
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
