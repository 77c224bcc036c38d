package io.github.cloudmckeys.portal;

import io.github.cloudmckeys.i18n.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A list the portal may send in pages ({@code page_number}, {@code page_size}, and
 * {@code metadata{pageSize, pageCurrent, recordCount}} in its answers): what came so far,
 * and {@link #rest()} to fetch the following pages. A record sent twice (a list that
 * shifted between pages) is kept once. Bounded: a portal that answers a page with nothing
 * new, stops before its {@code recordCount}, or announces more pages than its first answer
 * allowed for gets a {@link PortalException}, never a partial list passed off as whole.
 */
public final class PagedList<T> {
    /** Whatever a portal announces, no list takes more pages than this. */
    static final int MAX_PAGES = 1000;

    /** One page as read from an answer; the metadata's numbers are -1 when absent. */
    record Page<T>(List<T> items, long recordCount, int pageSize, int pageCurrent) {}

    /** Fetches page {@code number} of {@code size} records. */
    @FunctionalInterface
    interface PageSource<T> {
        Page<T> fetch(int number, int size) throws PortalException;
    }

    private final String path;
    private final PageSource<T> source;
    private final Function<T, String> idOf;
    private final Map<Object, T> records = new LinkedHashMap<>();
    private final int pageSize;
    private final int maxPages;
    private long recordCount;
    private int current;
    private int fetched = 1;

    private PagedList(String path, Page<T> first, PageSource<T> source, Function<T, String> idOf) {
        this.path = path;
        this.source = source;
        this.idOf = idOf;
        add(first.items());
        this.recordCount = first.recordCount();
        this.pageSize = first.pageSize() > 0 ? first.pageSize() : first.items().size();
        this.current = first.pageCurrent() > 0 ? first.pageCurrent() : 1;
        long expected = pageSize <= 0 ? 1 : (recordCount + pageSize - 1) / pageSize;
        // Room for a list that grows a little while it is read; none for one that grows without end.
        this.maxPages = (int) Math.min(MAX_PAGES, 2 * expected + 2);
    }

    /** A list that came whole. */
    public static <T> PagedList<T> whole(List<T> items) {
        return new PagedList<>("", new Page<>(List.copyOf(items), -1, -1, -1), (n, s) -> {
            throw new IllegalStateException("a whole list has no other page");
        }, item -> null);
    }

    /** The list whose first page is {@code first}; {@code idOf} tells a record sent twice (null: no id). */
    static <T> PagedList<T> of(String path, Page<T> first, PageSource<T> source, Function<T, String> idOf) {
        return new PagedList<>(path, first, source, idOf);
    }

    /** Every record so far, in the order they came, each once. */
    public List<T> soFar() {
        return List.copyOf(records.values());
    }

    /** True when the portal announced no more records than came. */
    public boolean complete() {
        return recordCount < 0 || records.size() >= recordCount;
    }

    /** Fetches the pages still to come; returns this list, now complete. Blocks: off the UI thread. */
    public PagedList<T> rest() throws PortalException {
        while (!complete()) {
            if (pageSize <= 0 || fetched >= maxPages) {
                throw failure("portal.paging.endless", fetched);
            }
            int number = current + 1;
            Page<T> page = source.fetch(number, pageSize);
            fetched++;
            current = page.pageCurrent() > 0 ? page.pageCurrent() : number;
            if (page.items().isEmpty()) {
                throw failure("portal.paging.short", number);
            }
            if (add(page.items()) == 0) {
                throw failure("portal.paging.repeats", number);
            }
            if (page.recordCount() >= 0) {
                recordCount = page.recordCount();
            }
        }
        return this;
    }

    /** @return how many records were new */
    private int add(List<T> items) {
        int added = 0;
        for (T item : items) {
            String id = idOf.apply(item);
            Object key = id == null ? new Object() : id;
            if (records.putIfAbsent(key, item) == null) {
                added++;
            }
        }
        return added;
    }

    private PortalException failure(String key, int page) {
        return new PortalException(PortalException.Kind.MALFORMED, Message.of(key, path, page));
    }

    @Override
    public String toString() {
        return "PagedList[" + path + ", " + records.size() + " of " + recordCount + "]";
    }
}
