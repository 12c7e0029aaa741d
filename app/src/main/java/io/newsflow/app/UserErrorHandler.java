package io.newsflow.app;

import io.newsflow.config.ConfigException;
import io.newsflow.schemas.registry.SchemaRegistryException;
import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one sentence on stderr and a non-zero exit code. Known
 * user errors (configuration, unreachable services) print no stack trace; anything else does, because
 * it is a bug.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int EXIT_CONFIG = 2;
    static final int EXIT_FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof ConfigException) {
            commandLine.getErr().println("newsflow: " + e.getMessage());
            return EXIT_CONFIG;
        }
        if (e instanceof SchemaRegistryException) {
            // unreachable, refused credentials, an incompatible schema: the message already says which URL and what to do
            commandLine.getErr().println("newsflow: " + e.getMessage());
            return EXIT_FAILURE;
        }
        if (e instanceof UserFacingException) {
            commandLine.getErr().println("newsflow: " + e.getMessage());
            return EXIT_FAILURE;
        }
        commandLine.getErr().println("newsflow: unexpected error: " + e);
        e.printStackTrace(commandLine.getErr());
        return EXIT_FAILURE;
    }
}
