package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.logging.LiveSecrets;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The failure banner: one sentence, and the action that failed so that Retry can run it again. */
public final class BannerModel {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper retryAvailable = new ReadOnlyBooleanWrapper(false);
    private final UserMessages sentences;
    private Runnable retryAction;

    BannerModel(UserMessages sentences) {
        this.sentences = Objects.requireNonNull(sentences, "sentences");
    }

    void show(Exception failure, Runnable again) {
        show(sentences.sentence(failure), again);
    }

    void show(String sentence, Runnable again) {
        message.set(LiveSecrets.redact(sentence)); // a portal's message may echo a secret it was sent
        retryAction = again;
        retryAvailable.set(again != null);
    }

    void clear() {
        message.set("");
        retryAction = null;
        retryAvailable.set(false);
    }

    /** Hides the banner and runs the failed action once more. */
    public void retry() {
        Runnable again = retryAction;
        clear();
        if (again != null) {
            again.run();
        }
    }

    /** Hides the banner. */
    public void dismiss() {
        clear();
    }

    /** The failure's sentence; empty when the banner is hidden. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty retryAvailableProperty() {
        return retryAvailable.getReadOnlyProperty();
    }
}
