package io.newsflow.enrich.dedup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What dedup remembers of an article: enough to compare a later one with it, and the decision taken
 * for it so a replay of the same id gets the same answer.
 *
 * @param duplicateOf the first article of its story, or null when it is the first
 */
record SeenArticle(String id, String contentHash, long simHash, long publishedAt, String duplicateOf) {

    /** The first article of the story this one belongs to. */
    String root() {
        return duplicateOf == null ? id : duplicateOf;
    }

    /** A compact binary form with a version byte, so the changelog format can evolve. */
    static Serde<SeenArticle> serde() {
        Serializer<SeenArticle> serializer = (topic, seen) -> {
            if (seen == null) {
                return null;
            }
            try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
                 DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(1);
                out.writeUTF(seen.id);
                out.writeUTF(seen.contentHash == null ? "" : seen.contentHash);
                out.writeLong(seen.simHash);
                out.writeLong(seen.publishedAt);
                out.writeBoolean(seen.duplicateOf != null);
                if (seen.duplicateOf != null) {
                    out.writeUTF(seen.duplicateOf);
                }
                out.flush();
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Deserializer<SeenArticle> deserializer = (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                int version = in.readByte();
                if (version != 1) {
                    throw new IllegalStateException("Unknown dedup state version " + version);
                }
                String id = in.readUTF();
                String hash = in.readUTF();
                long simHash = in.readLong();
                long publishedAt = in.readLong();
                String duplicateOf = in.readBoolean() ? in.readUTF() : null;
                return new SeenArticle(id, hash, simHash, publishedAt, duplicateOf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
