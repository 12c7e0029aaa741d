package io.newsflow.sink.jdbc;

/**
 * Text as both databases accept it. PostgreSQL refuses the NUL character in text columns; a feed
 * that smuggles one in must not turn its article into a poison record, so it is dropped here.
 */
final class Text {
    private Text() {
    }

    static String clean(String text) {
        if (text == null || text.indexOf('\u0000') < 0) {
            return text;
        }
        return text.replace("\u0000", "");
    }
}
