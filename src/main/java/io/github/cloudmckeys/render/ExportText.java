package io.github.cloudmckeys.render;

import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import java.text.Normalizer;
import java.util.Objects;

/**
 * The sentences a generated file carries (its comments, and the prompt a script prints),
 * from the {@code messages} bundle in the options' language. Every sentence comes out as
 * one comment-safe line: the bundle's text is plain, and the result is passed through
 * {@link CommentText#sanitize(String)} as well, so an argument or a translation can never
 * end a comment early.
 *
 * <p>For cmd, the bundle's own words are folded to ASCII (accents dropped, « » and ’ made
 * straight, non-breaking spaces made plain). A cmd script switches the console to code
 * page 65001 as soon as it holds non-ASCII text, and the console stays there afterwards
 * (see {@code render.script.CmdSyntax}); French comments alone must not do that to the user's console,
 * so a French cmd script changes the code page exactly when the English one does: when the
 * portal's own text (a value, a label) is not ASCII. The portal's text is never folded.
 */
public final class ExportText {
    /** Marks where argument {@code i} goes while the bundle's text is folded; sanitized arguments hold no U+0001. */
    private static final char MARK = '\u0001';

    private final Messages messages;
    private final FieldLabels labels;
    private final boolean asciiOnly;

    private ExportText(Language language, boolean asciiOnly) {
        this.messages = Messages.of(language);
        this.labels = FieldLabels.load(language.locale());
        this.asciiOnly = asciiOnly;
    }

    /** The text of a file in {@code language}; ASCII-folded for cmd. */
    public static ExportText of(Language language, ShellDialect dialect) {
        return new ExportText(Objects.requireNonNull(language, "language"), dialect == ShellDialect.CMD);
    }

    /** The text of a configuration file in {@code language}. */
    public static ExportText of(Language language) {
        return new ExportText(Objects.requireNonNull(language, "language"), false);
    }

    /**
     * The sentence of {@code key} with its arguments, as one line. Arguments are strings
     * (already-rendered sentences, names, URLs), sanitized here.
     */
    public String get(String key, String... args) {
        String[] safe = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            safe[i] = CommentText.sanitize(args[i]);
        }
        if (!asciiOnly) {
            return CommentText.sanitize(messages.get(key, (Object[]) safe));
        }
        Object[] marks = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            marks[i] = MARK + Integer.toString(i) + MARK;
        }
        String folded = fold(messages.get(key, marks));
        for (int i = 0; i < args.length; i++) {
            folded = folded.replace(MARK + Integer.toString(i) + MARK, safe[i]);
        }
        return CommentText.sanitize(folded);
    }

    /** The label of a field role in this language, as the credentials table shows it. */
    public String label(FieldRole role) {
        String label = labels.labelFor(role);
        return asciiOnly ? fold(label) : label;
    }

    /** The text with only ASCII characters: accents dropped, typographic marks made plain, anything else {@code ?}. */
    public static String fold(String text) {
        String replaced = text
                .replace("«\u00a0", "\"").replace("\u00a0»", "\"").replace("«", "\"").replace("»", "\"")
                .replace('“', '"').replace('”', '"').replace('’', '\'').replace('‘', '\'')
                .replace('\u00a0', ' ').replace('\u202f', ' ').replace("…", "...")
                .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace('–', '-').replace('—', '-');
        String unaccented = Normalizer.normalize(replaced, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(unaccented.length());
        for (int i = 0; i < unaccented.length(); i++) {
            char c = unaccented.charAt(i);
            out.append(c <= 0x7F ? c : '?');
        }
        return out.toString();
    }
}
