package io.github.cloudmckeys.ui;

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
}
