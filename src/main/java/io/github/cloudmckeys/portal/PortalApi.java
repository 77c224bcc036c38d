package io.github.cloudmckeys.portal;

import java.util.List;

/**
 * The part of the CloudMC REST API this app uses. Every call blocks: callers run
 * it off the UI thread.
 */
public interface PortalApi {

    /** {@code GET /environments}: the caller's environments, each with its service connection, every page of them. */
    List<Environment> environments() throws PortalException;

    /**
     * {@code GET /environments} page by page: the first page at once, the others with
     * {@link PagedList#rest()}, so that a list can be shown before it is whole.
     */
    default PagedList<Environment> environmentsPaged() throws PortalException {
        return PagedList.whole(environments());
    }

    /** {@code GET /services/connections}. */
    List<ServiceConnection> serviceConnections() throws PortalException;

    /** {@code GET /services/connections/{connectionId}/apiInfo?environmentId=…}: the service API keys. */
    ApiInfo apiInfo(String connectionId, String environmentId) throws PortalException;

    /** {@code GET /users}: the caller (the first user returned when the caller may read others). */
    PortalUser currentUser() throws PortalException;

    /** Done with this portal: what it holds (the key, for redaction) is let go. */
    default void close() {
    }
}
