package io.newsflow.dashboard.http;

import io.javalin.http.Context;
import io.newsflow.config.Settings;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads query parameters; a value that is present but wrong is a 400 naming the parameter and the value. */
final class QueryParams {
    private final Context ctx;

    QueryParams(Context ctx) {
        this.ctx = ctx;
    }

    String text(String name, int maxLength) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ApiException.badRequest("Parameter '" + name + "' must be at most " + maxLength + " characters.");
        }
        return value.strip();
    }

    int integer(String name, int defaultValue, int min, int max) {
        String value = text(name, 20);
        if (value == null) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below with the range.
        }
        throw ApiException.badRequest("Parameter '" + name + "' must be a whole number from " + min + " to " + max
                + ", but it is '" + value + "'.");
    }

    Instant instant(String name) {
        String value = text(name, 64);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException again) {
                throw ApiException.badRequest("Parameter '" + name + "' must be an ISO-8601 instant such as "
                        + "2026-11-28T10:00:00Z, but it is '" + value + "'.");
            }
        }
    }

    Duration duration(String name) {
        String value = text(name, 32);
        if (value == null) {
            return null;
        }
        try {
            Duration duration = Settings.parseDuration(value);
            if (!duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // Reported below.
        }
        throw ApiException.badRequest("Parameter '" + name + "' must be a positive duration such as 15m, 1h, 1d or PT1H, "
                + "but it is '" + value + "'.");
    }

    boolean flag(String name) {
        String value = text(name, 8);
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("yes"));
    }
}
