package io.newsflow.enrich.alert;

/**
 * A rule that cannot be stored: its query does not parse or a filter makes no sense. The message is the
 * whole report (shown to the user as is); {@link #column()} points into the query when the parser knew
 * where it stopped, so a dashboard can place a caret under it.
 */
public final class InvalidRuleException extends IllegalArgumentException {
    private final int column;

    public InvalidRuleException(String message) {
        this(message, -1, null);
    }

    public InvalidRuleException(String message, int column, Throwable cause) {
        super(message, cause);
        this.column = column;
    }

    /** 1-based column in the query where parsing failed, or -1 when the error is not about a position. */
    public int column() {
        return column;
    }
}
