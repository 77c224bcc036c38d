package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.credentials.FieldRole;
import java.util.List;
import java.util.Objects;

/**
 * A written script and the roles it could not write (the script names them in a comment
 * too; the command line warns about them on stderr).
 *
 * @param script the text to save as it is, in UTF-8 (for cmd it has CRLF line ends; a
 *     PowerShell script holding non-ASCII text starts with a byte-order mark, see
 *     {@link #scriptForPasting()})
 */
public record ExportResult(String script, List<FieldRole> missing) {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public ExportResult {
        Objects.requireNonNull(script, "script");
        missing = List.copyOf(missing);
    }

    /**
     * The script without its leading byte-order mark, if any: what to put on the
     * clipboard. The mark only tells Windows PowerShell 5.1 that a saved file is UTF-8;
     * pasted into a console it would be an unknown character.
     */
    public String scriptForPasting() {
        return !script.isEmpty() && script.charAt(0) == BYTE_ORDER_MARK ? script.substring(1) : script;
    }

    /** Never the script itself: it may hold a password. */
    @Override
    public String toString() {
        return "ExportResult[script=(" + script.length() + " chars), missing=" + missing + "]";
    }
}
