package io.newsflow.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes feed bytes to text. The charset comes from the byte order mark, else the XML prolog's
 * encoding, else the HTTP Content-Type charset, else UTF-8: the prolog is written by the program
 * that produced the bytes, while the HTTP header is often a server default. ISO-8859-1 is read as
 * windows-1252 (its superset, what such feeds really contain). UTF-8 and UTF-16 are decoded strictly,
 * so a feed with invalid bytes is an error naming the position, not silent replacement characters.
 */
public final class FeedText {
    private static final Pattern PROLOG_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");

    /** The decoded text and the charset used. */
    public record Decoded(String text, Charset charset) {}

    public Decoded decode(byte[] bytes, String contentType) throws FeedFormatException {
        int skip = 0;
        Charset charset = null;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(bytes, 0x00, '<')) {
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(bytes, '<', 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        }
        if (charset == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1).stripLeading();
            Matcher prolog = PROLOG_ENCODING.matcher(head);
            if (prolog.find()) {
                charset = lookup(prolog.group(1));
            }
        }
        if (charset == null && contentType != null) {
            Matcher header = HEADER_CHARSET.matcher(contentType);
            if (header.find()) {
                charset = lookup(header.group(1));
            }
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        }
        if (charset.equals(StandardCharsets.ISO_8859_1) || charset.name().equals("US-ASCII")) {
            charset = Charset.forName("windows-1252");
        }
        boolean strict = charset.name().startsWith("UTF");
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE)
                .onUnmappableCharacter(strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return new Decoded(decoder.decode(in).toString(), charset);
        } catch (CharacterCodingException e) {
            throw new FeedFormatException("is not valid " + charset.name() + " (bad byte at offset " + in.position() + ")");
        }
    }

    private static Charset lookup(String name) {
        try {
            return Charset.forName(name.toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
