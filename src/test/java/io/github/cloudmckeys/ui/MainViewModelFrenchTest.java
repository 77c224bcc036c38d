package io.github.cloudmckeys.ui;

import static io.github.cloudmckeys.ui.MainViewModelTest.CLOCK;
import static io.github.cloudmckeys.ui.MainViewModelTest.ROLES;
import static io.github.cloudmckeys.ui.MainViewModelTest.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the window's model says in French, against the demo portal over HTTP, the user's
 * files in a temporary home and time moved by the test. The expected sentences are written
 * out here, not read from the bundle.
 */
class MainViewModelFrenchTest {
    private static final String NBSP = "\u00a0";

    @TempDir
    Path home;
    private DemoPortal portal;
    private final RecordingClipboard clipboard = new RecordingClipboard();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ManualUiTimer timer = new ManualUiTimer();
    private MainViewModel model;

    @BeforeEach
    void start() {
        portal = DemoPortal.start();
        model = new MainViewModel(BackgroundRunner.inPlace(), clipboard, dialogs, CLOCK, ROLES,
                FieldLabels.load(Locale.FRENCH), timer, new ExportSetup(Map.of(), home), Messages.of(Language.FRENCH));
        model.connect(Portals.demo(portal));
    }

    @AfterEach
    void stop() {
        model.close();
        portal.close();
    }

    @Test
    void beforeAServiceIsPicked() {
        assertThat(model.titleProperty().get()).isEqualTo("CloudMC Keys");
        assertThat(model.export().reasonProperty().get())
                .isEqualTo("Choisissez un service ci-dessus pour voir ses exportations.");
        assertThat(model.export().configs().clouds().reasonProperty().get())
                .isEqualTo("Choisissez un service ci-dessus pour voir ses exportations.");
        assertThat(model.export().saveButtonTextProperty().get()).isEqualTo("_Enregistrer openrc.sh…");

        model.pickBestMatch("  rien de tel ");
        assertThat(model.statusProperty().get())
                .isEqualTo("Aucun service ne correspond à «" + NBSP + "rien de tel" + NBSP + "».");
    }

    @Test
    void copyingAndTheClipboardCountdown() {
        model.select(entry(model, "Object Storage / ccontini"));
        assertThat(model.titleProperty().get()).isEqualTo("CloudMC Keys — Object Storage / ccontini");

        model.copyExports();
        assertThat(model.statusProperty().get()).isEqualTo("Exportations Keystone v3 pour bash/zsh copiées.");
        assertThat(model.clipboardCountdownProperty().get()).isEqualTo("Presse-papiers vidé dans 30" + NBSP + "s");
        timer.advanceSeconds(30);
        assertThat(model.statusProperty().get()).isEqualTo("Presse-papiers vidé.");

        CredentialRow user = model.rows().stream().filter(r -> r.label().equals("Nom d’utilisateur")).findFirst()
                .orElseThrow();
        model.copyValue(user);
        assertThat(model.statusProperty().get()).isEqualTo("Copié" + NBSP + ": Nom d’utilisateur.");

        model.copySelection("OS_");
        assertThat(model.statusProperty().get()).isEqualTo("Texte sélectionné copié.");
    }

    @Test
    void addingToCloudsYamlThenDecliningToReplace() throws Exception {
        model.select(entry(model, "Object Storage / ccontini"));
        model.export().configs().passwordInSecureYamlProperty().set(true);
        Path clouds = home.resolve(".config/openstack/clouds.yaml");
        Path secure = home.resolve(".config/openstack/secure.yaml");

        model.configFiles().addToCloudsYaml();
        assertThat(Files.exists(clouds)).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Entrée «" + NBSP + "ccontini" + NBSP + "» ajoutée dans "
                + secure + " et " + clouds + " (lisible par vous seulement).");

        model.configFiles().addToCloudsYaml(); // the same name again: asked, and the scripted answer is no
        assertThat(dialogs.entryQuestions()).hasSize(1);
        assertThat(model.statusProperty().get())
                .isEqualTo("Non ajouté" + NBSP + ": rien n’a changé dans " + secure + " et " + clouds + ".");

        dialogs.answerReplaceEntriesWith(true);
        model.configFiles().addToCloudsYaml();
        assertThat(model.statusProperty().get()).isEqualTo("Entrée «" + NBSP + "ccontini" + NBSP + "» remplacée dans"
                + " "
                + secure + " et " + clouds + " (lisible par vous seulement), la version précédente étant conservée"
                + " sous secure.yaml.bak-20250304-050607, clouds.yaml.bak-20250304-050607.");
    }
}
