package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.render.ExportText;
import io.github.cloudmckeys.render.FileOrigin;
import java.util.ArrayList;
import java.util.List;

/** The header comment lines every configuration file and S3 script starts with, sanitized, without a marker. */
final class ConfigHeader {
    private ConfigHeader() {
    }

    /**
     * @param title what the file is, first line
     * @param use how to use it, e.g. {@code openstack --os-cloud ccontini token issue}
     * @param notes further lines (what is missing, where a default came from), already sanitized
     */
    static List<String> lines(ServiceCredentials credentials, ConfigOptions options, ExportText text, String title,
            String use, List<String> notes) {
        List<String> header = new ArrayList<>();
        header.add(title);
        header.addAll(FileOrigin.lines(credentials.service(), options.portalHost(), options.generatedAt(), text));
        header.add(text.get("header.use", use));
        header.addAll(notes);
        return header;
    }

    /** The lines as {@code #} comments, one per line, each ending with a newline. */
    static String hashComments(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        return out.toString();
    }
}
