package io.newsflow.app;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so it is never out of step with the build. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Newsflow.class.getPackage().getImplementationVersion();
        return new String[] {"newsflow " + (version == null ? "(development build)" : version)};
    }
}
