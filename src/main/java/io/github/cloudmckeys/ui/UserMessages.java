package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.export.ExportException;
import io.github.cloudmckeys.export.SaveException;
import io.github.cloudmckeys.portal.PortalException;
import java.io.IOException;

/** Turns a failure into the one sentence the user reads. */
final class UserMessages {
    private UserMessages() {}

    static String sentence(Exception failure) {
        if (failure instanceof PortalException || failure instanceof SaveException
                || failure instanceof ExportException || failure instanceof IOException) {
            return failure.getMessage();
        }
        // Anything else is a bug: say so without leaking internals (values may be secrets).
        return "Something went wrong inside CloudMC Keys (" + failure.getClass().getSimpleName()
                + "): please try again.";
    }
}
