package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.portal.ServiceEntry;
import io.github.cloudmckeys.search.Resolution;
import io.github.cloudmckeys.search.ServiceMatcher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The portal's services and what the search field suggests from them, through the
 * {@link ServiceMatcher} the command line uses too. Replaced on the UI thread; the
 * suggestions are read from the autocompletion's own thread, hence the volatile snapshot.
 */
public final class ServiceCatalog {
    /** More than a popup shows at once, few enough to build in no time. */
    static final int SUGGESTION_LIMIT = 30;

    private final ObservableList<ServiceEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<ServiceEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private volatile Snapshot snapshot = new Snapshot(List.of());

    /** Replaces the list; the matcher is rebuilt once, here, not on every keystroke. */
    void setAll(List<ServiceEntry> services) {
        snapshot = new Snapshot(services);
        entries.setAll(services);
    }

    public ObservableList<ServiceEntry> entries() {
        return readOnlyEntries;
    }

    /** Best first; none for blank text, so that clearing the field closes the suggestions. Any thread. */
    public List<ServiceEntry> suggest(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return snapshot.matcher.suggest(text, SUGGESTION_LIMIT);
    }

    /**
     * The entry Enter picks: the one whose {@link #displayText} the text is (a chosen
     * suggestion), else the best match; empty when nothing matches.
     */
    public Optional<ServiceEntry> bestMatch(String text) {
        Snapshot current = snapshot;
        String typed = text == null ? "" : text.strip();
        ServiceEntry shown = current.byDisplayText.get(typed);
        if (shown != null) {
            return Optional.of(shown);
        }
        Resolution resolution = current.matcher.resolve(typed);
        if (resolution instanceof Resolution.Found found) {
            return Optional.of(found.entry());
        }
        if (resolution instanceof Resolution.Ambiguous ambiguous) {
            return Optional.of(ambiguous.candidates().get(0));
        }
        return Optional.empty();
    }

    /** The label, followed by the organization when another entry has the same label. Any thread. */
    public String displayText(ServiceEntry entry) {
        return snapshot.displayText(entry);
    }

    /** Immutable: built once per list, shared with the autocompletion thread. */
    private static final class Snapshot {
        final ServiceMatcher matcher;
        final Set<String> sharedLabels;
        final Map<String, ServiceEntry> byDisplayText = new HashMap<>();

        Snapshot(List<ServiceEntry> services) {
            matcher = new ServiceMatcher(services);
            sharedLabels = services.stream()
                    .collect(Collectors.groupingBy(ServiceEntry::label, Collectors.counting()))
                    .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                    .collect(Collectors.toUnmodifiableSet());
            for (ServiceEntry entry : services) {
                byDisplayText.putIfAbsent(displayText(entry), entry);
            }
        }

        String displayText(ServiceEntry entry) {
            String organization = entry.organizationName();
            if (sharedLabels.contains(entry.label()) && organization != null && !organization.isBlank()) {
                return entry.label() + " (" + organization + ")";
            }
            return entry.label();
        }
    }
}
