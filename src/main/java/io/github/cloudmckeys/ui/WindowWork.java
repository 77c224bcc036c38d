package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.Messages;

/**
 * What a helper of the main window's view model may do with the window: run work in the background, say how it
 * went in the status line, and show a failure in the banner with its Retry. Narrower than the view model, so that
 * a helper reaches nothing else of it.
 */
interface WindowWork extends BackgroundWork {
    /** Every text the window shows, in the user's language. */
    Messages messages();

    void setStatus(String text);

    /** An action worked (perhaps on Retry): the banner's failure goes. */
    void clearBanner();

    /** Shows the failure's sentence in the banner, whose Retry runs {@code again} (none when null). */
    void fail(Exception failure, Runnable again);
}
