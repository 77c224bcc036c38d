package io.github.cloudmckeys.app.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cloudmckeys.net.ProxyPreference;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.portal.JsonTree;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code settings.json} format. Read from the tree rather than bound to classes so
 * that each value is checked on its own: a value of the wrong shape is dropped (and
 * named, never quoted) while the others are kept; fields this version does not know
 * are ignored.
 */
final class SettingsJson {
    static final String ENDPOINT = "endpoint";
    static final String WINDOW = "window";
    static final String LAST_SAVE_FOLDER = "lastSaveFolder";
    static final String CLIPBOARD_CLEAR_SECONDS = "clipboardClearSeconds";
    static final String LANGUAGE = "language";
    static final String PORTALS = "portals";
    static final String CA_FILE = "caFile";
    static final String PROXY = "proxy";
    static final String THEME = "theme";


    /** Settings read from a file, with the names of the values that were dropped. */
    record Read(AppSettings settings, List<String> dropped) {}

    /** The file is not a JSON object: the caller keeps it aside. */
    static final class NotSettingsException extends Exception {
        NotSettingsException(String message) {
            super(message);
        }
    }

    String write(AppSettings settings) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        settings.endpoint().ifPresent(endpoint -> root.put(ENDPOINT, endpoint));
        settings.windowBounds().ifPresent(bounds -> root.putObject(WINDOW)
                .put("x", bounds.x())
                .put("y", bounds.y())
                .put("width", bounds.width())
                .put("height", bounds.height())
                .put("maximized", bounds.maximized()));
        settings.lastSaveFolder().ifPresent(folder -> root.put(LAST_SAVE_FOLDER, folder.toString()));
        if (settings.clipboardClearSeconds() != AppSettings.DEFAULT_CLIPBOARD_CLEAR_SECONDS) {
            root.put(CLIPBOARD_CLEAR_SECONDS, settings.clipboardClearSeconds());
        }
        settings.language().ifPresent(language -> root.put(LANGUAGE, language.tag()));
        if (!settings.portals().isEmpty()) {
            var list = root.putArray(PORTALS);
            settings.portals().forEach(portal -> list.addObject().put("name", portal.name())
                    .put("endpoint", portal.endpoint()).put("default", portal.isDefault()));
        }
        NetworkSettings network = settings.network();
        network.caFile().ifPresent(file -> root.put(CA_FILE, file.toString()));
        if (!network.proxy().equals(ProxyPreference.SYSTEM)) {
            ObjectNode proxy = root.putObject(PROXY).put("mode", network.proxy().mode().name().toLowerCase(Locale.ROOT));
            network.proxy().manualUrl().ifPresent(url -> proxy.put("url", url));
        }
        settings.theme().ifPresent(theme -> root.put(THEME, theme.tag()));
        return JsonTree.writeIndented(root) + "\n";
    }

    /** @throws NotSettingsException when the text is not a JSON object (the message holds no content) */
    Read read(String text) throws NotSettingsException {
        JsonNode root;
        try {
            root = JsonTree.readFirst(text);
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the text around the error: give the position only.
            throw new NotSettingsException(e.getLocation() == null ? "not JSON"
                    : "not JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new NotSettingsException("not JSON"); // a text in memory has nothing else to fail on
        }
        if (root == null || !root.isObject()) {
            throw new NotSettingsException("not a JSON object");
        }
        List<String> dropped = new ArrayList<>();
        Optional<String> endpoint = text(root, ENDPOINT, dropped);
        Optional<WindowBounds> bounds = bounds(root.get(WINDOW), dropped);
        Optional<Path> folder = text(root, LAST_SAVE_FOLDER, dropped).flatMap(name -> absolutePath(name, LAST_SAVE_FOLDER, dropped));
        int clipboardSeconds = clipboardClearSeconds(root.get(CLIPBOARD_CLEAR_SECONDS), dropped);
        Optional<Language> language = text(root, LANGUAGE, dropped).flatMap(tag -> language(tag, dropped));
        List<SavedPortal> portals = portals(root.get(PORTALS), dropped);
        Optional<Path> caFile = text(root, CA_FILE, dropped).flatMap(name -> absolutePath(name, CA_FILE, dropped));
        NetworkSettings network = new NetworkSettings(caFile, proxy(root.get(PROXY), dropped));
        Optional<ThemeChoice> theme = text(root, THEME, dropped).flatMap(tag -> {
            Optional<ThemeChoice> known = ThemeChoice.parse(tag);
            if (known.isEmpty()) {
                dropped.add(THEME); // a word this version does not know: the system's appearance applies
            }
            return known;
        });
        return new Read(new AppSettings(endpoint, bounds, folder, clipboardSeconds, language, portals, network,
                theme),
                List.copyOf(dropped));
    }

    /** Each usable entry (a name and an endpoint, both text) is kept; the list is named once if any is not. */
    private static List<SavedPortal> portals(JsonNode node, List<String> dropped) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<SavedPortal> portals = new ArrayList<>();
        boolean unusable = !node.isArray();
        Iterable<JsonNode> entries = node.isArray() ? node : List.of();
        for (JsonNode entry : entries) {
            JsonNode name = entry.get("name");
            JsonNode url = entry.get("endpoint");
            JsonNode isDefault = entry.get("default");
            if (name != null && name.isTextual() && !name.textValue().isBlank() && url != null && url.isTextual()
                    && !url.textValue().isBlank() && (isDefault == null || isDefault.isBoolean())) {
                portals.add(new SavedPortal(name.textValue(), url.textValue(), isDefault != null && isDefault.booleanValue()));
            } else {
                unusable = true;
            }
        }
        if (unusable) {
            dropped.add(PORTALS);
        }
        return portals;
    }

    /** A whole number of seconds in range; the default when absent, and when unusable (then named). */
    private static int clipboardClearSeconds(JsonNode node, List<String> dropped) {
        if (node == null || node.isNull()) {
            return AppSettings.DEFAULT_CLIPBOARD_CLEAR_SECONDS;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()
                && AppSettings.isClipboardClearSeconds(node.longValue())) {
            return node.intValue();
        }
        dropped.add(CLIPBOARD_CLEAR_SECONDS);
        return AppSettings.DEFAULT_CLIPBOARD_CLEAR_SECONDS;
    }

    private static Optional<String> text(JsonNode root, String field, List<String> dropped) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            dropped.add(field);
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    /** {@code en} or {@code fr}; one the app does not speak is dropped, and the system's language applies. */
    private static Optional<Language> language(String tag, List<String> dropped) {
        Optional<Language> language = Language.parse(tag);
        if (language.isEmpty()) {
            dropped.add(LANGUAGE);
        }
        return language;
    }

    /** {@code {"mode": "none"}} or {@code {"mode": "manual", "url": "…"}}; absent or unusable: the system's. */
    private static ProxyPreference proxy(JsonNode node, List<String> dropped) {
        if (node == null || node.isNull()) {
            return ProxyPreference.SYSTEM;
        }
        JsonNode mode = node.get("mode");
        JsonNode url = node.get("url");
        if (node.isObject() && mode != null && mode.isTextual() && (url == null || url.isTextual())) {
            for (ProxyPreference.Mode known : ProxyPreference.Mode.values()) {
                if (known.name().equalsIgnoreCase(mode.textValue())) {
                    return new ProxyPreference(known, Optional.ofNullable(url).map(JsonNode::textValue));
                }
            }
        }
        dropped.add(PROXY);
        return ProxyPreference.SYSTEM;
    }

    private static Optional<Path> absolutePath(String name, String field, List<String> dropped) {
        try {
            Path path = Path.of(name);
            if (path.isAbsolute()) {
                return Optional.of(path);
            }
        } catch (InvalidPathException e) {
            // Dropped below, like any other unusable value.
        }
        dropped.add(field);
        return Optional.empty();
    }

    private static Optional<WindowBounds> bounds(JsonNode node, List<String> dropped) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        JsonNode maximized = node.get("maximized");
        if (node.isObject() && isNumbers(node, "x", "y", "width", "height")
                && (maximized == null || maximized.isBoolean())) {
            WindowBounds bounds = new WindowBounds(node.get("x").doubleValue(), node.get("y").doubleValue(),
                    node.get("width").doubleValue(), node.get("height").doubleValue(),
                    maximized != null && maximized.booleanValue());
            if (bounds.isUsable()) {
                return Optional.of(bounds);
            }
        }
        dropped.add(WINDOW);
        return Optional.empty();
    }

    private static boolean isNumbers(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value == null || !value.isNumber()) {
                return false;
            }
        }
        return true;
    }
}
