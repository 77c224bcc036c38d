package io.github.cloudmckeys.credentials;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** What a value looks like, for {@link RoleInference}: never what it is, only its form. */
enum ValueShape {
    /** An http(s) URL with a host whose path ends in {@code /v2.0} (or {@code /v2}). */
    URL_V2(value -> isUrl(value) && isV2Path(value)),
    /** Any other http(s) URL with a host. */
    URL_NOT_V2(value -> isUrl(value) && !isV2Path(value)),
    /** A small identity version: {@code 2}, {@code 2.0}, {@code 3}, {@code v3}. */
    VERSION(value -> Patterns.VERSION.matcher(value).matches()),
    /** A domain id: {@code default} or 32 hex digits. */
    DOMAIN(value -> value.equalsIgnoreCase("default") || Patterns.HEX32.matcher(value).matches()),
    /** An id: a UUID or 32 hex digits. */
    ID(ValueShape::isId),
    /** A name: anything on one line that is neither a URL nor an id. */
    NAME(value -> !value.contains("\n") && !isUrl(value) && !isId(value)),
    /** An S3/EC2 access key: 20 to 40 letters and digits. */
    ACCESS_KEY(value -> Patterns.ACCESS_KEY.matcher(value).matches()),
    /** Anything not blank (secrets have no shape to read). */
    ANY(value -> true);

    private final Predicate<String> test;

    ValueShape(Predicate<String> test) {
        this.test = test;
    }

    boolean fits(String value) {
        return value != null && !value.isBlank() && test.test(value.strip());
    }

    static boolean isUrl(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false; // not a URL: no URL role is guessed for it
        }
    }

    private static boolean isV2Path(String value) {
        String path = URI.create(value.strip()).getPath();
        String trimmed = path == null ? "" : path.replaceAll("/+$", "");
        return trimmed.endsWith("/v2.0") || trimmed.endsWith("/v2");
    }

    private static boolean isId(String value) {
        return Patterns.UUID.matcher(value).matches() || Patterns.HEX32.matcher(value).matches();
    }

    /** Held apart: an enum's constants are built before its own static fields. */
    private static final class Patterns {
        static final Pattern VERSION = Pattern.compile("(?i)v?(2|2\\.0|3|3\\.0)");
        static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");
        static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
        static final Pattern ACCESS_KEY = Pattern.compile("[A-Za-z0-9]{20,40}");
    }
}
