package io.github.cloudmckeys.ui.connect;

import io.github.cloudmckeys.portal.PortalUser;

/** Asks a portal who the key belongs to, with the dialog's CA file; called off the UI thread. */
@FunctionalInterface
public interface PortalTest {
    PortalUser whoAmI(ConnectRequest request) throws Exception;
}
