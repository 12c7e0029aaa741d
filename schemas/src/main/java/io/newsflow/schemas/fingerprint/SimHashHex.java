package io.newsflow.schemas.fingerprint;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * How a 64-bit SimHash travels in {@code EnrichedArticle.simHashHex}: 16 lower-case hex digits, most
 * significant first, so {@code 0x8000000000000001} is {@code "8000000000000001"}.
 *
 * <p>Why text and not an Avro {@code long}: a SimHash is 64 random bits, most of them beyond 2^53, and
 * JavaScript Avro readers refuse such longs ("potential precision loss") while others silently round
 * them. Sixteen hex digits read the same in every language ({@code BigInt('0x' + s)}, {@code int(s, 16)},
 * {@code strconv.ParseUint(s, 16, 64)}), in JSON exports and in a console consumer.
 */
public final class SimHashHex {
    /** The field's default: the record predates the field (its writer carried the old long, if anything). */
    public static final String UNKNOWN = "";
    private static final Pattern DIGITS = Pattern.compile("[0-9a-f]{16}");

    private SimHashHex() {
    }

    /** The field value for {@code simHash}. */
    public static String of(long simHash) {
        String digits = Long.toHexString(simHash);
        return "0".repeat(16 - digits.length()) + digits;
    }

    /** The SimHash a field value holds; empty for {@link #UNKNOWN}, and for anything not written by {@link #of}. */
    public static OptionalLong parse(String value) {
        if (value == null || !DIGITS.matcher(value.toLowerCase(Locale.ROOT)).matches()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseUnsignedLong(value, 16));
    }
}
