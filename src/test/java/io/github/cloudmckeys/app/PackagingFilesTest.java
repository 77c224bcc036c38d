package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The files under packaging/ against the code and the build they describe. Only the Linux ones are built in
 * CI, so a wrong path in the Windows or macOS options would otherwise show only on those machines.
 */
class PackagingFilesTest {
    private static final Path PACKAGING = Path.of("packaging");
    /** The options whose value is a file, and the file of a --add-launcher NAME=FILE. */
    private static final Pattern FILE_OPTION =
            Pattern.compile("--(?:icon|resource-dir|license-file)\\s+(\\S+)|--add-launcher\\s+[^=\\s]+=(\\S+)");

    @Test
    void theMenuEntryNamesTheWindowClassJavaFxGivesTheWindow() throws IOException {
        // JavaFX on GTK sets WM_CLASS to the Application subclass's name; docks match it to StartupWMClass.
        List<String> entry = Files.readAllLines(PACKAGING.resolve("linux/cloudmc-keys.desktop"));

        assertThat(entry).contains("StartupWMClass=" + DesktopApp.class.getName());
    }

    @Test
    void theLauncherOpensWhatTheBuildOpensForControlsFx() throws IOException {
        Matcher pomExports = Pattern.compile("<controlsfx.exports>([^<]+)</controlsfx.exports>").matcher(read(Path.of("pom.xml")));
        assertThat(pomExports.find()).as("controlsfx.exports in pom.xml").isTrue();

        assertThat(read(PACKAGING.resolve("jpackage/app-image.txt")))
                .contains("--java-options \"" + pomExports.group(1) + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "linux-deb", "windows", "windows-msi", "macos", "macos-dmg"})
    void everyFileAnOptionFileNamesExists(String optionFile) throws IOException {
        List<String> named = filesNamedIn(read(PACKAGING.resolve("jpackage/" + optionFile + ".txt")));

        assertThat(named).isNotEmpty();
        assertThat(named).allSatisfy(file -> assertThat(Path.of(file)).as("named in %s.txt", optionFile).exists());
    }

    @Test
    void eachOsAppImageHasItsOwnIcon() throws IOException {
        assertThat(filesNamedIn(read(PACKAGING.resolve("jpackage/linux.txt")))).contains("packaging/icons/cloudmc-keys.png");
        assertThat(filesNamedIn(read(PACKAGING.resolve("jpackage/windows.txt")))).contains("packaging/icons/cloudmc-keys.ico");
        assertThat(filesNamedIn(read(PACKAGING.resolve("jpackage/macos.txt")))).contains("packaging/icons/cloudmc-keys.icns");
    }

    @Test
    void theCdsArchiveTheLauncherNamesIsTheOnePostinstMakesAndPrermRemoves() throws IOException {
        Matcher named = Pattern.compile("--java-options \"-XX:SharedArchiveFile=\\$APPDIR/([^\"]+)\"")
                .matcher(read(PACKAGING.resolve("jpackage/linux.txt")));
        assertThat(named.find()).as("-XX:SharedArchiveFile in linux.txt").isTrue();
        String archive = named.group(1);

        assertThat(read(PACKAGING.resolve("linux/cds-archive.sh"))).contains("archive=$app/" + archive);
        assertThat(read(PACKAGING.resolve("linux/postinst"))).contains("cds=/opt/cloudmc-keys/lib/app/cds-archive.sh");
        assertThat(read(PACKAGING.resolve("linux/prerm"))).contains("rm -f /opt/cloudmc-keys/lib/app/" + archive);
        // build.xml ships the script and the class list it reads beside the launcher's cfg.
        assertThat(read(PACKAGING.resolve("build.xml"))).contains("packaging/linux/cds-archive.sh")
                .contains("lib/app/cloudmc-keys.classlist");
        assertThat(read(PACKAGING.resolve("linux/cds-archive.sh"))).contains("list=$app/cloudmc-keys.classlist");
    }

    private static List<String> filesNamedIn(String options) {
        List<String> files = new ArrayList<>();
        for (String line : options.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            Matcher m = FILE_OPTION.matcher(line);
            while (m.find()) {
                files.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return files;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
