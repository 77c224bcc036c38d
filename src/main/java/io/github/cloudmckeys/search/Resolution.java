package io.github.cloudmckeys.search;

import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.List;
import java.util.Objects;

/** What a service name typed by the user ({@code --service TEXT}, the search field) designates. */
public sealed interface Resolution {

    /** Exactly one entry. */
    record Found(ServiceEntry entry) implements Resolution {
        public Found {
            Objects.requireNonNull(entry, "entry");
        }
    }

    /** Several entries, best first: the user must say which. */
    record Ambiguous(List<ServiceEntry> candidates) implements Resolution {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * No entry. {@code query} is the text as the user gave it; {@code closest} holds a few
     * entries that match part of it, best first, and may be empty.
     */
    record NotFound(String query, List<ServiceEntry> closest) implements Resolution {
        public NotFound {
            query = query == null ? "" : query;
            closest = List.copyOf(closest);
        }
    }
}
