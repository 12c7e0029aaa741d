package io.newsflow.ingest.archive;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decides whether bytes are text: no NUL byte and valid UTF-8 (a BOM is dropped). A binary file or a
 * file in another encoding is rejected with where it went wrong, instead of being published as mojibake.
 */
final class TextBytes {
    private TextBytes() {
    }

    /** Thrown with a sentence saying where the bytes stop being text. */
    static final class NotText extends Exception {
        NotText(String message) {
            super(message);
        }
    }

    static String decode(byte[] bytes, int offset, int length) throws NotText {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == 0) {
                throw new NotText("binary content (NUL byte at offset " + (i - offset) + "), not text");
            }
        }
        int start = offset;
        int len = length;
        if (len >= 3 && (bytes[start] & 0xFF) == 0xEF && (bytes[start + 1] & 0xFF) == 0xBB && (bytes[start + 2] & 0xFF) == 0xBF) {
            start += 3;
            len -= 3;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, len);
        try {
            CharBuffer chars = decoder.decode(in);
            return chars.toString();
        } catch (MalformedInputException e) {
            throw new NotText("invalid UTF-8 (bad byte at offset " + (in.position() - offset) + ")");
        } catch (CharacterCodingException e) {
            throw new NotText("invalid UTF-8");
        }
    }

    static String decode(byte[] bytes) throws NotText {
        return decode(bytes, 0, bytes.length);
    }
}
