package io.newsflow.schemas.serde;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.avro.io.Decoder;
import org.apache.avro.util.Utf8;

/**
 * An Avro binary decoder over one byte array that trusts no length it reads.
 *
 * <p>Avro's own {@code BinaryDecoder} allocates whatever a string, bytes or array length claims
 * before it finds out the bytes are not there: eight hostile bytes made it allocate 1.8 GB for a
 * string (9 s) and throw OutOfMemoryError for an array (measured with Avro 1.12.1). Here every
 * string and bytes length must fit in the bytes left, and an array or map block may claim more
 * items than bytes left only up to {@value #MAX_ITEMS_BEYOND_BYTES_LEFT} (items of zero bytes,
 * such as nulls, are legal but newsflow's contracts have none). Reused per thread: {@link #reset}
 * points it at the next record without allocating.
 */
final class BoundedBinaryDecoder extends Decoder {
    static final int MAX_ITEMS_BEYOND_BYTES_LEFT = 1024;

    private byte[] buf = new byte[0];
    private int pos;
    private int limit;

    BoundedBinaryDecoder reset(byte[] bytes, int offset, int length) {
        this.buf = bytes;
        this.pos = offset;
        this.limit = offset + length;
        return this;
    }

    /** Bytes not read yet. */
    int remaining() {
        return limit - pos;
    }

    /** Position in the array given to {@link #reset}. */
    int position() {
        return pos;
    }

    /** Lets the finished record drop its reference to the bytes it was read from. */
    void release() {
        buf = new byte[0];
        pos = 0;
        limit = 0;
    }

    @Override
    public void readNull() {
        // a null takes no bytes
    }

    @Override
    public boolean readBoolean() throws IOException {
        need(1);
        int b = buf[pos++];
        if (b == 0 || b == 1) {
            return b == 1;
        }
        throw new IOException("boolean byte " + b + " at byte " + (pos - 1) + " is neither 0 nor 1");
    }

    @Override
    public int readInt() throws IOException {
        int start = pos;
        int n = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            need(1);
            int b = buf[pos++] & 0xff;
            n |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return (n >>> 1) ^ -(n & 1);
            }
        }
        throw new IOException("invalid int encoding at byte " + start + " (more than 5 bytes)");
    }

    @Override
    public long readLong() throws IOException {
        int start = pos;
        long n = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            need(1);
            long b = buf[pos++] & 0xff;
            n |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return (n >>> 1) ^ -(n & 1);
            }
        }
        throw new IOException("invalid long encoding at byte " + start + " (more than 10 bytes)");
    }

    @Override
    public float readFloat() throws IOException {
        need(4);
        int bits = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8 | (buf[pos + 2] & 0xff) << 16 | (buf[pos + 3] & 0xff) << 24;
        pos += 4;
        return Float.intBitsToFloat(bits);
    }

    @Override
    public double readDouble() throws IOException {
        need(8);
        long bits = 0;
        for (int i = 7; i >= 0; i--) {
            bits = bits << 8 | (buf[pos + i] & 0xff);
        }
        pos += 8;
        return Double.longBitsToDouble(bits);
    }

    @Override
    public Utf8 readString(Utf8 old) throws IOException {
        int length = length("string");
        Utf8 result = old != null ? old : new Utf8();
        result.setByteLength(length);
        System.arraycopy(buf, pos, result.getBytes(), 0, length);
        pos += length;
        return result;
    }

    @Override
    public String readString() throws IOException {
        int length = length("string");
        String result = new String(buf, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return result;
    }

    @Override
    public void skipString() throws IOException {
        pos += length("string");
    }

    @Override
    public ByteBuffer readBytes(ByteBuffer old) throws IOException {
        int length = length("bytes");
        ByteBuffer result = old != null && old.capacity() >= length ? old.clear() : ByteBuffer.allocate(length);
        result.put(buf, pos, length).flip();
        pos += length;
        return result;
    }

    @Override
    public void skipBytes() throws IOException {
        pos += length("bytes");
    }

    @Override
    public void readFixed(byte[] bytes, int start, int length) throws IOException {
        need(length);
        System.arraycopy(buf, pos, bytes, start, length);
        pos += length;
    }

    @Override
    public void skipFixed(int length) throws IOException {
        need(length);
        pos += length;
    }

    @Override
    public int readEnum() throws IOException {
        return readInt();
    }

    @Override
    public long readArrayStart() throws IOException {
        return itemCount("array");
    }

    @Override
    public long arrayNext() throws IOException {
        return itemCount("array");
    }

    @Override
    public long skipArray() throws IOException {
        return skipBlocks("array");
    }

    @Override
    public long readMapStart() throws IOException {
        return itemCount("map");
    }

    @Override
    public long mapNext() throws IOException {
        return itemCount("map");
    }

    @Override
    public long skipMap() throws IOException {
        return skipBlocks("map");
    }

    @Override
    public int readIndex() throws IOException {
        return readInt();
    }

    private void need(int n) throws EOFException {
        if (n < 0 || limit - pos < n) {
            throw new EOFException("the body ends at byte " + limit + " but " + n + " more bytes are needed at byte " + pos);
        }
    }

    private int length(String what) throws IOException {
        int at = pos;
        long length = readLong();
        if (length < 0) {
            throw new IOException("negative " + what + " length " + length + " at byte " + at);
        }
        if (length > remaining()) {
            throw new EOFException(what + " length " + length + " at byte " + at + " exceeds the " + remaining() + " bytes left");
        }
        return (int) length;
    }

    /** A block's item count (a negative count is followed by the block's size in bytes). */
    private long itemCount(String what) throws IOException {
        int at = pos;
        long count = readLong();
        if (count < 0) {
            if (count == Long.MIN_VALUE) {
                throw new IOException("invalid " + what + " block count at byte " + at);
            }
            count = -count;
            long size = readLong();
            if (size < 0 || size > remaining()) {
                throw new IOException(what + " block size " + size + " at byte " + at + " does not fit the " + remaining() + " bytes left");
            }
        }
        if (count > remaining() && count > MAX_ITEMS_BEYOND_BYTES_LEFT) {
            throw new IOException(what + " block of " + count + " items at byte " + at + " cannot fit in the " + remaining() + " bytes left");
        }
        return count;
    }

    /** Skips blocks that carry their size; returns the count of the first block that does not (to skip item by item). */
    private long skipBlocks(String what) throws IOException {
        while (true) {
            int at = pos;
            long count = readLong();
            if (count == 0) {
                return 0;
            }
            if (count > 0) {
                if (count > remaining() && count > MAX_ITEMS_BEYOND_BYTES_LEFT) {
                    throw new IOException(what + " block of " + count + " items at byte " + at + " cannot fit in the " + remaining() + " bytes left");
                }
                return count;
            }
            long size = readLong();
            if (size < 0 || size > remaining()) {
                throw new IOException(what + " block size " + size + " at byte " + at + " does not fit the " + remaining() + " bytes left");
            }
            pos += (int) size;
        }
    }
}
