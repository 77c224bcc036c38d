package io.github.cloudmckeys.credentials;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses the role of a field the alias table does not know, from the words of its key and
 * the shape of its value, and says nothing rather than guess wrong.
 *
 * <p>A key is split into words at camelCase boundaries, at everything that is not a letter
 * or a digit and after a run of digits ({@code swift.authV3}, {@code s3Secret}); words are
 * compared in lower case without accents, so English and French keys and labels both work.
 * A {@link Rule} fits a field when, for each of its word groups, the key has a word of the
 * group, the key has none of the rule's excluded words, the value has the rule's shape and
 * the field's {@code sensitive} flag is what the rule wants. A role is inferred only when
 * exactly one field fits it, and a field that fits two roles gets neither. Roles the table or
 * the user already gave to a filled field are not inferred again.
 */
public final class RoleInference {
    private static final String S3 = "s3 ec2 aws";
    private static final String USER = "user username login utilisateur usager identifiant";
    private static final String PROJECT = "project tenant projet locataire";
    private static final String DOMAIN = "domain domaine";

    /**
     * The rules, one line a role: role, value shape, sensitive flag, word groups the key must
     * have a word of (groups separated by " + "), words it must not have.
     */
    static final List<Rule> RULES = List.of(
            rule(FieldRole.AUTH_URL_V2, ValueShape.URL_V2, Flag.EITHER, "", S3),
            rule(FieldRole.AUTH_URL, ValueShape.URL_NOT_V2, Flag.EITHER,
                    "auth authentication authentification keystone identity identite v3", S3),
            rule(FieldRole.IDENTITY_API_VERSION, ValueShape.VERSION, Flag.EITHER, "version versions ver", ""),
            rule(FieldRole.USER_DOMAIN_ID, ValueShape.DOMAIN, Flag.EITHER, USER + " + " + DOMAIN, "name nom"),
            rule(FieldRole.PROJECT_DOMAIN_ID, ValueShape.DOMAIN, Flag.EITHER, PROJECT + " + " + DOMAIN, "name nom"),
            rule(FieldRole.DOMAIN_ID, ValueShape.DOMAIN, Flag.EITHER, DOMAIN, USER + " " + PROJECT + " name nom"),
            rule(FieldRole.PROJECT_ID, ValueShape.ID, Flag.NOT_SENSITIVE, PROJECT, DOMAIN + " name nom"),
            rule(FieldRole.PROJECT_NAME, ValueShape.NAME, Flag.NOT_SENSITIVE, PROJECT, DOMAIN + " id identifiant"),
            rule(FieldRole.USERNAME, ValueShape.NAME, Flag.NOT_SENSITIVE, USER,
                    DOMAIN + " " + PROJECT + " id pass password secret key cle"),
            rule(FieldRole.PASSWORD, ValueShape.ANY, Flag.SENSITIVE,
                    "pass password passwd passphrase pwd passe mdp secret secrete",
                    S3 + " access acces key cle api hint indice"),
            rule(FieldRole.S3_ACCESS_KEY, ValueShape.ACCESS_KEY, Flag.EITHER, S3 + " access acces",
                    "secret secrete"),
            rule(FieldRole.S3_SECRET_KEY, ValueShape.ANY, Flag.SENSITIVE, S3 + " access acces + secret secrete", ""),
            rule(FieldRole.S3_ENDPOINT, ValueShape.URL_NOT_V2, Flag.EITHER, S3 + " + url endpoint host", ""));

    /** What a rule wants of the portal's {@code sensitive} flag. */
    enum Flag { SENSITIVE, NOT_SENSITIVE, EITHER }

    /** One line of {@link #RULES}. */
    record Rule(FieldRole role, ValueShape shape, Flag flag, List<Set<String>> needs, Set<String> never) {
        boolean fits(CredentialField field) {
            if (field.isEmpty() || !shape.fits(field.value())
                    || (flag == Flag.SENSITIVE && !field.sensitive())
                    || (flag == Flag.NOT_SENSITIVE && field.sensitive())) {
                return false;
            }
            Set<String> words = words(field.key());
            return words.stream().noneMatch(never::contains)
                    && needs.stream().allMatch(group -> words.stream().anyMatch(group::contains));
        }
    }

    private RoleInference() {}

    private static Rule rule(FieldRole role, ValueShape shape, Flag flag, String needs, String never) {
        List<Set<String>> groups = new ArrayList<>();
        for (String group : needs.split("\\+")) {
            if (!group.isBlank()) {
                groups.add(Set.of(group.strip().split("\\s+")));
            }
        }
        return new Rule(role, shape, flag, List.copyOf(groups),
                never.isBlank() ? Set.of() : Set.of(never.strip().split("\\s+")));
    }

    /**
     * The roles inferred for {@code fields}: position in the list to role. Only fields nobody
     * decided ({@link RoleSource#NONE}) with a value are considered.
     */
    static Map<Integer, FieldRole> infer(List<CredentialField> fields) {
        Set<FieldRole> decided = EnumSet.noneOf(FieldRole.class);
        fields.stream().filter(f -> !f.isEmpty()).forEach(f -> f.role().ifPresent(decided::add));
        Map<FieldRole, List<Integer>> fitting = new EnumMap<>(FieldRole.class);
        for (Rule rule : RULES) {
            if (!decided.contains(rule.role())) {
                fitting.put(rule.role(), undecidedFitting(rule, fields));
            }
        }
        Map<Integer, FieldRole> inferred = new HashMap<>();
        Set<Integer> fitTwice = new LinkedHashSet<>();
        fitting.forEach((role, indexes) -> {
            if (indexes.size() == 1 && inferred.putIfAbsent(indexes.get(0), role) != null) {
                fitTwice.add(indexes.get(0));
            }
        });
        fitTwice.forEach(inferred::remove);
        if (!decided.contains(FieldRole.AUTH_URL) && !inferred.containsValue(FieldRole.AUTH_URL)) {
            otherThanV2(fields, inferred).ifPresent(index -> inferred.put(index, FieldRole.AUTH_URL));
        }
        return inferred;
    }

    /** Two URLs, one of them the v2.0 endpoint: the other, if nobody decided it, is the v3 URL. */
    private static Optional<Integer> otherThanV2(List<CredentialField> fields, Map<Integer, FieldRole> inferred) {
        List<Integer> urls = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).isEmpty() && ValueShape.isUrl(fields.get(i).value())) {
                urls.add(i);
            }
        }
        if (urls.size() != 2) {
            return Optional.empty();
        }
        int v2 = ValueShape.URL_V2.fits(fields.get(urls.get(0)).value()) ? 0 : 1;
        CredentialField other = fields.get(urls.get(1 - v2));
        boolean otherIsUndecided = other.source() == RoleSource.NONE && !inferred.containsKey(urls.get(1 - v2));
        boolean s3 = words(other.key()).stream().anyMatch(Set.of(S3.split(" "))::contains);
        return ValueShape.URL_V2.fits(fields.get(urls.get(v2)).value()) && ValueShape.URL_NOT_V2.fits(other.value())
                && otherIsUndecided && !s3 ? Optional.of(urls.get(1 - v2)) : Optional.empty();
    }

    /**
     * The keys of the fields that could play {@code role}, for a sentence that says what to
     * assign: those its rule fits (even when several do), else every field nobody decided.
     */
    public static List<String> candidates(FieldRole role, List<CredentialField> fields) {
        List<String> keys = RULES.stream().filter(rule -> rule.role() == role).findFirst()
                .map(rule -> undecidedFitting(rule, fields).stream().map(i -> fields.get(i).key()).toList())
                .orElse(List.of());
        if (!keys.isEmpty()) {
            return keys;
        }
        return fields.stream().filter(f -> f.source() == RoleSource.NONE && !f.isEmpty())
                .map(CredentialField::key).distinct().toList();
    }

    private static List<Integer> undecidedFitting(Rule rule, List<CredentialField> fields) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            CredentialField field = fields.get(i);
            if (field.source() == RoleSource.NONE && rule.fits(field)) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /** The words of a key, lower case, without accents: {@code swift.authV3} gives auth, swift, v3. */
    static Set<String> words(String key) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : FieldLabels.words(key == null ? "" : key)) {
            String plain = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            // A digit run ends a word: "s3secret" is "s3" and "secret", "v2" stays whole.
            for (String part : plain.split("(?<=\\d)(?=\\p{L})")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        }
        return words;
    }
}
