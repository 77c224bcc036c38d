package io.github.cloudmckeys.portal;

import io.github.cloudmckeys.ui.CredentialRow;

/** Planted for RulesCatchTest: the portal layer using a window class, against the layers. Never used. */
public final class UpwardFixture {
    CredentialRow row;

    private UpwardFixture() {
    }
}
