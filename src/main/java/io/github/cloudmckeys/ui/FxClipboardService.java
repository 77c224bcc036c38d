package io.github.cloudmckeys.ui;

import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The JavaFX system clipboard. */
public final class FxClipboardService implements ClipboardService {

    @Override
    public void putText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public Optional<String> text() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() ? Optional.ofNullable(clipboard.getString()) : Optional.empty();
    }

    @Override
    public void clear() {
        Clipboard.getSystemClipboard().clear();
    }
}
