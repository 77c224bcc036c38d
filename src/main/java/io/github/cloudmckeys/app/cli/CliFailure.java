package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.session.FailureSentences;
import io.github.cloudmckeys.i18n.Localized;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.PortalException;

/**
 * Ends a command with one sentence on stderr and an exit code from {@link ExitCodes}. The
 * sentence is rendered in the user's language when it is printed: either a {@link Message}
 * of the command line's own, or the sentence a failure from below carries (its
 * {@link Localized#userMessage()} when it has one), perhaps followed by a hint.
 */
final class CliFailure extends Exception {
    private final int exitCode;
    private final transient Message message;
    private final Exception failure;
    private final transient Message hint;

    private CliFailure(int exitCode, Message message, Exception failure, Message hint) {
        super(message != null ? message.english() : failure.getMessage(), null, false, false);
        this.exitCode = exitCode;
        this.message = message;
        this.failure = failure;
        this.hint = hint;
    }

    CliFailure(int exitCode, Message message) {
        this(exitCode, message, null, null);
    }

    /** Says what {@code failure} says, in the user's language when it can. */
    static CliFailure of(int exitCode, Exception failure) {
        return new CliFailure(exitCode, null, failure, null);
    }

    static CliFailure of(PortalException e) {
        return of(e.kind().isRefusal() ? ExitCodes.PORTAL_REFUSED : ExitCodes.PORTAL_UNREACHABLE, e);
    }

    /** The same failure with a sentence of advice after it. */
    CliFailure withHint(Message advice) {
        return new CliFailure(exitCode, message, failure, advice);
    }

    int exitCode() {
        return exitCode;
    }

    /** What the user reads. */
    String sentence(Messages messages) {
        String text = message != null ? messages.format(message) : sentenceOf(failure, messages);
        return hint == null ? text : text + " " + messages.format(hint);
    }

    /** The sentence of a failure from the layers below, see {@link FailureSentences#of}. */
    static String sentenceOf(Exception failure, Messages messages) {
        return FailureSentences.of(failure, messages);
    }
}
