package io.newsflow.app.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --from}/{@code --to}: an ISO instant ({@code 2026-11-01T10:00:00Z}) or a day ({@code 2026-11-01}, midnight UTC). */
final class ReplayInstant implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is neither an instant like 2026-11-01T10:00:00Z nor a day like 2026-11-01.");
        }
    }
}
