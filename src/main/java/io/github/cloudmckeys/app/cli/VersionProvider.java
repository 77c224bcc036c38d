package io.github.cloudmckeys.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"cloudmc-keys " + (version == null ? "development" : version)};
    }
}
