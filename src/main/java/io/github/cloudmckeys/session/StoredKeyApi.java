package io.github.cloudmckeys.session;

import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.portal.ApiInfo;
import io.github.cloudmckeys.portal.Environment;
import io.github.cloudmckeys.portal.PagedList;
import io.github.cloudmckeys.portal.PortalApi;
import io.github.cloudmckeys.portal.PortalException;
import io.github.cloudmckeys.portal.PortalUser;
import io.github.cloudmckeys.portal.ServiceConnection;
import java.util.List;
import java.util.Objects;

/**
 * A remembered portal's API, read with the key from the keyring: when the portal refuses that key
 * (401), the sentence says it is the stored key and how to replace it (Connect…) or forget the portal,
 * (or, on the command line, {@code login}) or forget the portal, instead of the general advice to generate a new key. The keyring entry is kept.
 */
final class StoredKeyApi implements PortalApi {
    private final PortalApi api;
    private final String portalName;
    private final String refusedKey;

    /** @param refusedKey the sentence for a refused key: what to do next differs in the window and a command */
    StoredKeyApi(PortalApi api, String portalName, String refusedKey) {
        this.api = Objects.requireNonNull(api, "api");
        this.portalName = Objects.requireNonNull(portalName, "portalName");
        this.refusedKey = Objects.requireNonNull(refusedKey, "refusedKey");
    }

    @Override
    public List<Environment> environments() throws PortalException {
        return said(api::environments);
    }

    @Override
    public PagedList<Environment> environmentsPaged() throws PortalException {
        return said(api::environmentsPaged);
    }

    @Override
    public List<ServiceConnection> serviceConnections() throws PortalException {
        return said(api::serviceConnections);
    }

    @Override
    public ApiInfo apiInfo(String connectionId, String environmentId) throws PortalException {
        return said(() -> api.apiInfo(connectionId, environmentId));
    }

    @Override
    public PortalUser currentUser() throws PortalException {
        return said(api::currentUser);
    }

    @Override
    public void close() {
        api.close();
    }

    private interface Call<T> {
        T run() throws PortalException;
    }

    private <T> T said(Call<T> call) throws PortalException {
        try {
            return call.run();
        } catch (PortalException e) {
            if (e.kind() != PortalException.Kind.UNAUTHORIZED) {
                throw e;
            }
            throw new PortalException(e.kind(), Message.of(refusedKey, portalName), e);
        }
    }
}
