package io.newsflow.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Flat, immutable key/value configuration with the origin of every value.
 *
 * <p>Keys are dotted lower-case names ({@code registry.url}, {@code kafka.sasl.jaas.config}). An
 * environment variable maps to a key by dropping {@code NEWSFLOW_}, lower-casing and turning
 * {@code _} into {@code .}: {@code NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS} sets {@code kafka.bootstrap.servers}.
 * Keys under {@code kafka.} pass through to every Kafka client unchanged (minus the prefix).
 *
 * <p>Values of keys that look secret (password, secret, token, jaas, credentials) are masked by
 * {@link #describe()} so a configuration dump never shows them.
 */
public final class Settings {
    public static final String ENV_PREFIX = "NEWSFLOW_";
    private static final Pattern SECRET_KEY =
            Pattern.compile(".*(password|secret|token|jaas|credentials|basic\\.auth\\.user\\.info).*");

    private final Map<String, Value> values;
    /** Keys some configuration class asked for: what is left over is probably a typo (see {@link #unreadKeys()}). */
    private final Set<String> read = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private record Value(String text, String origin) {}

    private Settings(Map<String, Value> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Settings empty() {
        return new Settings(new TreeMap<>());
    }

    /**
     * Standard loading order: the file (if given), then the environment, then the overrides.
     *
     * @param file a properties file, or null
     * @param environment usually {@code System.getenv()}
     * @param overrides values from the command line, winning over everything
     */
    public static Settings load(Path file, Map<String, String> environment, Map<String, String> overrides) {
        Settings settings = empty();
        if (file != null) {
            settings = settings.withFile(file);
        }
        return settings.withEnvironment(environment).with(overrides, "command line");
    }

    public Settings withFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("Configuration file " + file + " does not exist or is not a file.");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("Cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k.trim(), properties.getProperty(k).trim()));
        return with(map, "file " + file);
    }

    public Settings withEnvironment(Map<String, String> environment) {
        Map<String, Value> merged = new TreeMap<>(values);
        environment.forEach((name, text) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                merged.put(keyOfEnvironmentVariable(name), new Value(text, "environment variable " + name));
            }
        });
        return new Settings(merged);
    }

    /** A copy with these values on top; {@code origin} says where they came from, for error messages. */
    public Settings with(Map<String, String> overrides, String origin) {
        Map<String, Value> merged = new TreeMap<>(values);
        overrides.forEach((key, text) -> {
            if (text != null) {
                merged.put(key, new Value(text, origin));
            }
        });
        return new Settings(merged);
    }

    public Settings with(String key, String text) {
        return with(Map.of(key, text), "code");
    }

    /** Only sets the keys that are not set yet: defaults a mode (e.g. embedded) imposes. */
    public Settings withDefaults(Map<String, String> defaults) {
        Map<String, Value> merged = new TreeMap<>(values);
        defaults.forEach((key, text) -> merged.putIfAbsent(key, new Value(text, "default")));
        return new Settings(merged);
    }

    static String keyOfEnvironmentVariable(String name) {
        return name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    public boolean has(String key) {
        read.add(key);
        Value value = values.get(key);
        return value != null && !value.text().isBlank();
    }

    public Optional<String> optional(String key) {
        return has(key) ? Optional.of(values.get(key).text().trim()) : Optional.empty();
    }

    public String string(String key, String defaultValue) {
        return optional(key).orElse(defaultValue);
    }

    public String required(String key) {
        return optional(key).orElseThrow(() -> new ConfigException(
                "Configuration key '" + key + "' is required (set it in the configuration file or as "
                        + environmentVariableOf(key) + ")."));
    }

    public int intValue(String key, int defaultValue, int min, int max) {
        return (int) longValue(key, defaultValue, min, max);
    }

    public long longValue(String key, long defaultValue, long min, long max) {
        Optional<String> text = optional(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        long value;
        try {
            value = Long.parseLong(text.get().replace("_", ""));
        } catch (NumberFormatException e) {
            throw wrong(key, "must be a whole number");
        }
        if (value < min || value > max) {
            throw wrong(key, "must be between " + min + " and " + max);
        }
        return value;
    }

    public double doubleValue(String key, double defaultValue, double min, double max) {
        Optional<String> text = optional(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        double value;
        try {
            value = Double.parseDouble(text.get());
        } catch (NumberFormatException e) {
            throw wrong(key, "must be a number");
        }
        if (!(value >= min && value <= max)) {
            throw wrong(key, "must be between " + min + " and " + max);
        }
        return value;
    }

    public boolean bool(String key, boolean defaultValue) {
        Optional<String> text = optional(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        return switch (text.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw wrong(key, "must be true or false");
        };
    }

    /** A duration as ISO-8601 ({@code PT30S}) or a number with a unit: {@code 250ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d}. */
    public Duration duration(String key, Duration defaultValue) {
        Optional<String> text = optional(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            return parseDuration(text.get());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw wrong(key, "must be a duration such as 250ms, 30s, 5m, 2h, 7d or PT30S");
        }
    }

    public static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        }
        var matcher = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)").matcher(t);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(text);
        }
        long n = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    /** A comma-separated list; empty when the key is not set. */
    public List<String> list(String key) {
        return optional(key)
                .map(text -> List.of(text.split("\\s*,\\s*")).stream().filter(s -> !s.isBlank()).toList())
                .orElse(List.of());
    }

    /** A value among {@code allowed} (compared case-insensitively), returned in the allowed spelling. */
    public String choice(String key, String defaultValue, Set<String> allowed) {
        Optional<String> text = optional(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        return allowed.stream()
                .filter(a -> a.equalsIgnoreCase(text.get()))
                .findFirst()
                .orElseThrow(() -> wrong(key, "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed))));
    }

    /** Every key under {@code prefix}, with the prefix removed: {@code withPrefix("kafka.")} gives client properties. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> result = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                read.add(key);
                result.put(key.substring(prefix.length()), value.text());
            }
        });
        return result;
    }

    /** Builds the error for a value that is present but wrong; stages use it for their own checks too. */
    public ConfigException wrong(String key, String requirement) {
        Value value = values.get(key);
        String shown = value == null ? "nothing" : "'" + (isSecret(key) ? "****" : value.text()) + "'";
        String origin = value == null ? "" : " (from " + value.origin() + ")";
        return new ConfigException("Configuration key '" + key + "' " + requirement + ", but it is " + shown + origin + ".");
    }

    /**
     * Keys that were set but that no configuration class has read: after every stage built its
     * configuration, these are misspelt or meant for another stage, and worth a warning.
     */
    public Set<String> unreadKeys() {
        Set<String> unread = new java.util.TreeSet<>(values.keySet());
        unread.removeAll(read);
        return unread;
    }

    public static boolean isSecret(String key) {
        return SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).matches();
    }

    public static String environmentVariableOf(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Every key with its value and origin, secrets masked: safe to log or print. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        values.forEach((key, value) -> out.append(key).append('=')
                .append(isSecret(key) ? "****" : value.text())
                .append("    # ").append(value.origin()).append('\n'));
        return out.toString();
    }

    @Override
    public String toString() {
        return "Settings(" + values.size() + " keys)";
    }
}
