package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.ui.CredentialRow;

/** Planted for RulesCatchTest: the command line using a window class, its sibling. Never used. */
public final class SidewaysFixture {
    CredentialRow row;

    private SidewaysFixture() {
    }
}
