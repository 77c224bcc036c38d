package io.github.cloudmckeys.portal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Builds the picker's entries from {@code /environments}. */
public final class ServiceEntries {
    private ServiceEntries() {}

    /**
     * One entry per environment that has a service connection, sorted by label in
     * a case- and accent-aware order (then by organization, then ids, so the order is total).
     */
    public static List<ServiceEntry> from(List<Environment> environments) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        Comparator<ServiceEntry> order = Comparator
                .comparing(ServiceEntry::label, collator)
                .thenComparing(ServiceEntry::organizationName, Comparator.nullsFirst(collator))
                .thenComparing(ServiceEntry::connectionId)
                .thenComparing(ServiceEntry::environmentId);
        return environments.stream()
                .filter(Objects::nonNull)
                .filter(e -> e.id() != null && e.serviceConnection() != null && e.serviceConnection().id() != null)
                .map(e -> new ServiceEntry(
                        e.serviceConnection().id(),
                        orElse(e.serviceConnection().name(), e.serviceConnection().serviceCode(), e.serviceConnection().id()),
                        e.id(),
                        orElse(e.name(), e.id(), e.id()),
                        e.organization() == null ? null : e.organization().name(),
                        orElse(e.serviceConnection().type(), e.serviceConnection().serviceCode(),
                                e.serviceConnection().id())))
                .sorted(order)
                .toList();
    }

    private static String orElse(String first, String second, String third) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        if (second != null && !second.isBlank()) {
            return second.strip();
        }
        return third;
    }
}
