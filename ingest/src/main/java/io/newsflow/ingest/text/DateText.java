package io.newsflow.ingest.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the publication dates found in the wild: ISO-8601 with or without offset or seconds, a bare
 * date, RFC 1123 (RSS), epoch milliseconds. A time without a zone is taken as UTC: wrong by a few
 * hours at worst, where refusing it would lose the date entirely.
 */
public final class DateText {
    /** Epoch numbers below this are seconds, not milliseconds (before 1973 in ms, after 2286 in s). */
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;

    /** The instant {@code text} denotes, or empty when it is no date this class knows. */
    public Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.isEmpty() || t.length() > 64) {
            return Optional.empty();
        }
        if (t.chars().allMatch(Character::isDigit) && t.length() <= 15) {
            long n = Long.parseLong(t);
            return Optional.of(n < MILLIS_THRESHOLD ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n));
        }
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(t).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(OffsetDateTime.parse(t.replace(' ', 'T')).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }
}
