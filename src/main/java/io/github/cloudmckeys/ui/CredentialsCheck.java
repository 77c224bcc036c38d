package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.keystone.KeystoneClient;
import io.github.cloudmckeys.keystone.KeystoneCredentials;
import io.github.cloudmckeys.keystone.KeystoneException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Test credentials": asks Keystone for a token with the credentials shown, for the
 * Keystone version of the selected tab, in the background, and shows its one sentence.
 * A result that arrives after another service was picked is dropped.
 */
public final class CredentialsCheck {
    /** What the last test said. */
    public enum Outcome { NONE, RUNNING, TOKEN, REFUSED, FAILED }

    private final BackgroundWork background;
    private final ConfigExportViewModel configs;
    private final Supplier<IdentityVersion> version;
    private final Supplier<KeystoneClient> client;
    private final UserMessages sentences;
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private int generation;

    CredentialsCheck(BackgroundWork background, ConfigExportViewModel configs, Supplier<IdentityVersion> version,
                     Supplier<KeystoneClient> client, UserMessages sentences) {
        this.background = background;
        this.sentences = sentences;
        this.configs = configs;
        this.version = version;
        this.client = client;
        running.bind(outcome.isEqualTo(Outcome.RUNNING));
        configs.shownProperty().addListener((o, was, now) -> reset());
    }

    /** Starts a test of the credentials shown; nothing when none are shown or a test runs. */
    public void test() {
        if (configs.credentials().isEmpty() || outcome.get() == Outcome.RUNNING) {
            return;
        }
        int mine = ++generation;
        IdentityVersion asked = version.get();
        outcome.set(Outcome.RUNNING);
        sentence.set(sentences.messages().get("window.test.asking"));
        var credentials = configs.credentials().get();
        background.inBackground(() -> client.get().check(KeystoneCredentials.from(credentials), asked), check -> {
            if (mine == generation) {
                outcome.set(Outcome.TOKEN);
                sentence.set(sentences.messages().format(check.message()));
            }
        }, failure -> {
            if (mine != generation) {
                return;
            }
            if (failure instanceof KeystoneException refused) {
                outcome.set(refused.kind().keystoneSaidNo() ? Outcome.REFUSED : Outcome.FAILED);
            } else {
                outcome.set(Outcome.FAILED);
            }
            sentence.set(sentences.sentence(failure));
        });
    }

    /** Another service (or none): the last result no longer applies, a running test's answer is dropped. */
    private void reset() {
        generation++;
        outcome.set(Outcome.NONE);
        sentence.set("");
    }

    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
