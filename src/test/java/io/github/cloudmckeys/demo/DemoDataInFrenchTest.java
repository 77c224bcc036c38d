package io.github.cloudmckeys.demo;

import static io.github.cloudmckeys.portal.FrenchSentence.assertFrench;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A demo data file that cannot be used ({@code --demo-data FILE}), said in French: the file
 * is named, the problem and where it is are French, a value from the file never shows.
 */
class DemoDataInFrenchTest {
    private static final Messages FRENCH = Messages.of(Language.FRENCH);
    private static final String NBSP = "\u00a0";
    private static final String VALID = """
            {"user": {"id": "u-1", "userName": "tester"},
             "connections": [{"id": "conn 1", "name": "Object Storage"}],
             "environments": [{"id": "env-1", "name": "Forêt",
                               "organization": {"id": "org-1", "name": "Org"}, "connectionId": "conn 1",
                               "apiInfo": {"fields": [{"key": "password", "value": "hunter2-secret"}]}}]}
            """;

    @TempDir
    Path dir;

    @Test
    void aMissingFileInFrench() {
        Path file = dir.resolve("nowhere.json");

        DemoDataException e = failure(file);

        assertThat(FRENCH.sentence(e)).isEqualTo("Le fichier de données de démonstration " + file + " n’existe pas.");
    }

    @Test
    void aShapeErrorInFrenchSaysWhereItIs() throws Exception {
        Path dangling = write("dangling.json", VALID.replace("\"connectionId\": \"conn 1\"", "\"connectionId\": \"conn 9\""));
        Path notAString = write("number.json", VALID.replace("\"name\": \"Forêt\"", "\"name\": 42"));
        Path array = write("array.json", "[1, 2]");

        assertThat(FRENCH.sentence(failure(dangling))).isEqualTo("Le fichier de données de démonstration " + dangling
                + " n’a pas la structure attendue de données de démonstration" + NBSP + ": l’environnement «" + NBSP + "env-1" + NBSP
                + "» a le connectionId «" + NBSP + "conn 9" + NBSP + "», qui ne désigne aucune connexion.");
        assertThat(FRENCH.sentence(failure(notAString))).endsWith(NBSP + ": environments[0].name doit être une chaîne"
                + " de caractères.");
        assertThat(FRENCH.sentence(failure(array))).endsWith(NBSP + ": la racine du document doit être un objet JSON.");
    }

    @Test
    void invalidJsonInFrenchGivesLineAndColumnButNotTheText() throws Exception {
        Path file = write("broken.json", VALID.replace("\"hunter2-secret\"", "hunter2-secret"));

        String french = FRENCH.sentence(failure(file));

        assertThat(french).startsWith("Le fichier de données de démonstration " + file + " n’est pas du JSON valide"
                + " (ligne 5, colonne ").doesNotContain("hunter2");
    }

    @Test
    void anEmptyStreamInFrench() {
        DemoDataException e = catchThrowableOfType(DemoDataException.class,
                () -> DemoData.read(new ByteArrayInputStream(" ".getBytes(StandardCharsets.UTF_8))));

        assertThat(FRENCH.sentence(e)).isEqualTo("Le jeu de données de démonstration est vide.");
        assertThat(e.getMessage()).isEqualTo("The demo data is empty.");
    }

    /** The failure loading {@code file}, checked to read as French. */
    private static DemoDataException failure(Path file) {
        DemoDataException e = catchThrowableOfType(DemoDataException.class,
                () -> DemoData.load(file));
        assertThat(e).as("a DemoDataException for %s", file).isNotNull();
        assertFrench(FRENCH.sentence(e), e.getMessage());
        return e;
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
