package io.github.cloudmckeys.search;

import io.github.cloudmckeys.portal.ServiceEntry;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds service entries by their label ({@code Connection / Environment}), for the
 * window's search field (every keystroke, thousands of entries) and the command
 * line's {@code --service TEXT}, so that both understand a name the same way.
 *
 * <p>Matching ignores case, accents and extra whitespace. An entry matches when every
 * word of the query occurs in its label; matches rank in four tiers: the whole label
 * equals the query, the label starts with the query, every query word starts a word
 * of the label ({@code obj cco} for {@code Object Storage / ccontini}), any other
 * match. Within a tier the entries keep the order they were given in (sorted by label).
 *
 * <p>Labels are normalized once, in the constructor; a query costs one pass over them.
 * Instances are immutable and may be shared between threads.
 */
public final class ServiceMatcher {
    private static final int EXACT = 0;
    private static final int PREFIX = 1;
    private static final int WORD_PREFIX = 2;
    private static final int SUBSTRING = 3;
    private static final int TIERS = 4;
    private static final int NO_MATCH = -1;
    /** How many near misses a {@link Resolution.NotFound} suggests. */
    static final int CLOSEST_LIMIT = 5;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern SLASH = Pattern.compile(" ?/ ?");

    private final List<ServiceEntry> entries;
    private final String[] labels;
    private final int[][] wordStarts;

    public ServiceMatcher(List<ServiceEntry> entries) {
        this.entries = List.copyOf(entries);
        this.labels = new String[this.entries.size()];
        this.wordStarts = new int[this.entries.size()][];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = normalize(this.entries.get(i).label());
            wordStarts[i] = wordStarts(labels[i]);
        }
    }

    /**
     * At most {@code limit} entries matching {@code query}, best first; the first
     * {@code limit} entries when the query is blank.
     */
    public List<ServiceEntry> suggest(String query, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        Query q = Query.of(query);
        if (q.isBlank()) {
            return entries.subList(0, Math.min(limit, entries.size()));
        }
        // One bucket per tier, each capped at limit: enough to fill the answer, whatever the mix.
        List<List<ServiceEntry>> buckets = new ArrayList<>(TIERS);
        for (int t = 0; t < TIERS; t++) {
            buckets.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            int tier = tier(i, q);
            if (tier != NO_MATCH && buckets.get(tier).size() < limit) {
                buckets.get(tier).add(entries.get(i));
            }
        }
        List<ServiceEntry> ranked = new ArrayList<>(limit);
        for (List<ServiceEntry> bucket : buckets) {
            ranked.addAll(bucket.subList(0, Math.min(bucket.size(), limit - ranked.size())));
        }
        return List.copyOf(ranked);
    }

    /**
     * The entry {@code query} designates. An exact label wins over longer labels that
     * contain it (several entries with that exact label, e.g. in two organizations,
     * are {@link Resolution.Ambiguous}); otherwise a single match is
     * {@link Resolution.Found}, several are ambiguous (all of them, best first), and
     * none, or a blank query, is {@link Resolution.NotFound}.
     */
    public Resolution resolve(String query) {
        Query q = Query.of(query);
        if (q.isBlank()) {
            return new Resolution.NotFound(query, List.of());
        }
        List<List<ServiceEntry>> byTier = new ArrayList<>(TIERS);
        for (int t = 0; t < TIERS; t++) {
            byTier.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            int tier = tier(i, q);
            if (tier != NO_MATCH) {
                byTier.get(tier).add(entries.get(i));
            }
        }
        List<ServiceEntry> exact = byTier.get(EXACT);
        if (exact.size() == 1) {
            return new Resolution.Found(exact.get(0));
        }
        if (exact.size() > 1) {
            return new Resolution.Ambiguous(exact);
        }
        List<ServiceEntry> ranked = byTier.stream().flatMap(List::stream).toList();
        if (ranked.size() == 1) {
            return new Resolution.Found(ranked.get(0));
        }
        if (ranked.size() > 1) {
            return new Resolution.Ambiguous(ranked);
        }
        return new Resolution.NotFound(query, closest(q));
    }

    /** The match tier of entry {@code i}, or {@link #NO_MATCH}. */
    private int tier(int i, Query q) {
        String label = labels[i];
        // Every tier needs every word somewhere in the label: the cheap test rejects most entries.
        for (String word : q.words) {
            if (!label.contains(word)) {
                return NO_MATCH;
            }
        }
        if (label.equals(q.text)) {
            return EXACT;
        }
        if (label.startsWith(q.text)) {
            return PREFIX;
        }
        if (q.alphanumericWords.length == 0) {
            return SUBSTRING;
        }
        for (String word : q.alphanumericWords) {
            if (!startsAWord(i, word, word.length())) {
                return SUBSTRING;
            }
        }
        return WORD_PREFIX;
    }

    private boolean startsAWord(int i, String word, int length) {
        for (int start : wordStarts[i]) {
            if (labels[i].regionMatches(start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A few entries matching part of a query nothing matches: those containing some of
     * its words (the more the better), else those with a word starting like one of its
     * longer words (a typo after the third letter).
     */
    private List<ServiceEntry> closest(Query q) {
        int[] scores = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            for (String word : q.alphanumericWords) {
                if (labels[i].contains(word)) {
                    scores[i] += 2;
                } else if (word.length() > 3 && startsAWord(i, word, 3)) {
                    scores[i] += 1;
                }
            }
        }
        return IntStream.range(0, labels.length).boxed()
                .filter(i -> scores[i] > 0)
                .sorted(Comparator.comparingInt((Integer i) -> -scores[i]))
                .limit(CLOSEST_LIMIT)
                .map(entries::get)
                .toList();
    }

    /**
     * The form in which labels and queries are compared: lower case, no accents,
     * whitespace runs as one space, one space on each side of {@code /}, trimmed.
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String unaccented = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String spaced = SPACES.matcher(unaccented).replaceAll(" ");
        return SLASH.matcher(spaced).replaceAll(" / ").strip();
    }

    /** Where the words of a normalized label start: a letter or digit after anything else. */
    private static int[] wordStarts(String label) {
        List<Integer> starts = new ArrayList<>();
        boolean inWord = false;
        for (int at = 0; at < label.length(); ) {
            int cp = label.codePointAt(at);
            boolean alphanumeric = Character.isLetterOrDigit(cp);
            if (alphanumeric && !inWord) {
                starts.add(at);
            }
            inWord = alphanumeric;
            at += Character.charCount(cp);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A normalized query and its words; words made only of punctuation (the "/") only need to occur. */
    private static final class Query {
        final String text;
        final String[] words;
        final String[] alphanumericWords;

        private Query(String text) {
            this.text = text;
            this.words = text.isEmpty() ? new String[0] : text.split(" ");
            this.alphanumericWords = Arrays.stream(words)
                    .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                    .toArray(String[]::new);
        }

        static Query of(String raw) {
            return new Query(normalize(raw));
        }

        boolean isBlank() {
            return text.isEmpty();
        }
    }
}
