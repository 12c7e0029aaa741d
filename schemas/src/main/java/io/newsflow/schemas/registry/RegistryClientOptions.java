package io.newsflow.schemas.registry;

import io.newsflow.config.ConfigException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The registry client's settings, read once from the {@code registry.*} properties so that a wrong
 * value fails at start-up with a sentence naming its key. Secrets stay in here and never reach a
 * message: {@link #toString()} shows which ones are set, not their values.
 */
record RegistryClientOptions(Duration connectTimeout, Duration requestTimeout, int maxAttempts,
                             Duration retryBackoff, Duration retryBackoffMax, Optional<String> userInfo,
                             Optional<String> truststoreLocation, Optional<String> truststorePassword,
                             String truststoreType) {

    static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    static final String TRUSTSTORE_LOCATION = "ssl.truststore.location";
    static final String TRUSTSTORE_PASSWORD = "ssl.truststore.password";
    static final String TRUSTSTORE_TYPE = "ssl.truststore.type";
    static final String CONNECT_TIMEOUT_MS = "connect.timeout.ms";
    static final String REQUEST_TIMEOUT_MS = "request.timeout.ms";
    static final String RETRY_MAX_ATTEMPTS = "retry.max.attempts";
    static final String RETRY_BACKOFF_MS = "retry.backoff.ms";
    static final String RETRY_BACKOFF_MAX_MS = "retry.backoff.max.ms";

    static RegistryClientOptions from(Map<String, String> props) {
        Optional<String> userInfo = text(props, BASIC_AUTH_USER_INFO);
        if (userInfo.isPresent() && userInfo.get().indexOf(':') < 0) {
            throw new ConfigException("Configuration key 'registry." + BASIC_AUTH_USER_INFO
                    + "' must have the form user:password, but it has no ':' (the value is not shown).");
        }
        Optional<String> location = text(props, TRUSTSTORE_LOCATION);
        Optional<String> password = text(props, TRUSTSTORE_PASSWORD);
        if (password.isPresent() && location.isEmpty()) {
            throw new ConfigException("Configuration key 'registry." + TRUSTSTORE_PASSWORD + "' is set but 'registry."
                    + TRUSTSTORE_LOCATION + "' is not: name the trust store file.");
        }
        Duration backoff = millis(props, RETRY_BACKOFF_MS, 200, 0, 60_000);
        Duration backoffMax = millis(props, RETRY_BACKOFF_MAX_MS, 2_000, 0, 600_000);
        if (backoffMax.compareTo(backoff) < 0) {
            backoffMax = backoff;
        }
        return new RegistryClientOptions(
                millis(props, CONNECT_TIMEOUT_MS, 5_000, 1, 600_000),
                millis(props, REQUEST_TIMEOUT_MS, 15_000, 1, 600_000),
                (int) number(props, RETRY_MAX_ATTEMPTS, 4, 1, 100),
                backoff, backoffMax, userInfo, location, password,
                text(props, TRUSTSTORE_TYPE).orElse("PKCS12"));
    }

    /** How long to wait before attempt {@code attempt + 1} (attempt counts from 1): doubling, capped. */
    Duration backoffAfter(int attempt) {
        long ms = retryBackoff.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(ms, retryBackoffMax.toMillis()));
    }

    private static Optional<String> text(Map<String, String> props, String key) {
        String value = props.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static Duration millis(Map<String, String> props, String key, long dflt, long min, long max) {
        return Duration.ofMillis(number(props, key, dflt, min, max));
    }

    private static long number(Map<String, String> props, String key, long dflt, long min, long max) {
        Optional<String> value = text(props, key);
        if (value.isEmpty()) {
            return dflt;
        }
        try {
            long n = Long.parseLong(value.get());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException("Configuration key 'registry." + key + "' must be a whole number from " + min + " to " + max
                + ", but it is '" + value.get() + "'.");
    }

    @Override
    public String toString() {
        return "RegistryClientOptions[connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", maxAttempts=" + maxAttempts + ", retryBackoff=" + retryBackoff + ".." + retryBackoffMax
                + ", basicAuth=" + (userInfo.isPresent() ? "set" : "none")
                + ", truststore=" + truststoreLocation.orElse("system default") + "]";
    }
}
