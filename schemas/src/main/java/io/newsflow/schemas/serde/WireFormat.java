package io.newsflow.schemas.serde;

/** The Confluent wire format's constants and subject naming (TopicNameStrategy). */
final class WireFormat {
    static final byte MAGIC_BYTE = 0;
    /** Magic byte and 4-byte schema id. */
    static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    static String subject(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
