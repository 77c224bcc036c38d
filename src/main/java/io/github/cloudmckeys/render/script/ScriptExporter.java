package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.ExportText;
import io.github.cloudmckeys.render.ShellDialect;
import io.github.cloudmckeys.render.script.OpenRcPlan.Assignment;
import java.util.Objects;

/**
 * Writes a service's Keystone credentials as a script that sets the OpenStack clients'
 * environment variables when sourced. Pure: the same credentials, format and options
 * always give the same text, and nothing is read from or written to the outside.
 *
 * <p>Every value reaches the environment byte for byte, whatever it holds (quotes,
 * {@code $}, backquotes, backslashes, {@code !}, {@code %}, newlines, non-ASCII …), or
 * the export fails with an {@link ExportException} naming the variable: a value a
 * dialect cannot carry never produces a broken script. What a script sets and removes
 * is decided once, by {@link OpenRcPlanner}, for all dialects.
 *
 * <p>Per dialect: POSIX scripts serve bash, zsh, dash and ksh ({@link PosixSyntax}); fish
 * 3 ({@link FishSyntax}); PowerShell scripts work in Windows PowerShell 5.1 and
 * PowerShell 7 and start with a byte-order mark when they hold non-ASCII text, so that 5.1
 * reads them as UTF-8 ({@link PowerShellSyntax}); cmd scripts have CRLF line ends, cannot
 * prompt (cmd cannot hide typed input) nor carry line breaks, and switch the console to
 * code page 65001 when they hold non-ASCII text, which leaves it there afterwards
 * ({@link CmdSyntax} explains the trade-off).
 *
 * <p>The comments, and the prompt a script prints, are in {@link ExportOptions#language()}
 * ({@link ExportText}); variable names, commands and values are the same in every
 * language, so a French script sets exactly what the English one sets.
 */
public final class ScriptExporter {
    private ScriptExporter() {
    }

    /**
     * @throws ExportException when the service has no Keystone credentials, when a value
     *     cannot be carried by the format's shell, or for a password prompt in cmd
     */
    public static ExportResult export(ServiceCredentials credentials, ExportFormat format, ExportOptions options)
            throws ExportException {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        if (options.passwordMode() == PasswordMode.PROMPT && !format.supportsPasswordPrompt()) {
            throw new ExportException(Message.of("export.cmdCannotPrompt"));
        }
        ExportText text = ExportText.of(options.language(), format.dialect());
        OpenRcPlan plan = CaCertificate.inScript(
                OpenRcPlanner.plan(credentials, format.identityVersion(), options.passwordMode(), text),
                options.caFile(), text);
        for (Assignment assignment : plan.assignments()) {
            checkCarriable(assignment.variable(), assignment.value(), format.dialect());
        }
        String script = ScriptRenderer.render(plan, credentials.service(), format, options, syntax(format.dialect(), text),
                text);
        return new ExportResult(script, plan.missing());
    }

    /** A dialect's syntax, writing its own comments and messages with {@code text}. */
    public static DialectSyntax syntax(ShellDialect dialect, ExportText text) {
        return switch (dialect) {
            case POSIX -> new PosixSyntax(text);
            case FISH -> new FishSyntax(text);
            case POWERSHELL -> new PowerShellSyntax(text);
            case CMD -> new CmdSyntax(text);
        };
    }

    /** Refuses, naming the variable but never showing the value, what the dialect cannot carry. */
    public static void checkCarriable(String variable, String value, ShellDialect dialect) throws ExportException {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw new ExportException(Message.of("export.value.nul", variable));
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ExportException(Message.of("export.value.halfSurrogate", variable));
            } else if (dialect == ShellDialect.CMD && !CmdQuoting.canCarry(c)) {
                throw new ExportException(Message.of("export.value.cmdLineBreak", variable));
            }
        }
        if (dialect == ShellDialect.CMD && CmdQuoting.setCommand(variable, value).length() > CmdQuoting.MAX_LINE_LENGTH) {
            throw new ExportException(Message.of("export.value.cmdTooLong", variable,
                    Integer.toString(CmdQuoting.MAX_LINE_LENGTH)));
        }
    }
}
