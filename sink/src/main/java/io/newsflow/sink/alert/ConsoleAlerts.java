package io.newsflow.sink.alert;

import io.newsflow.schemas.avro.Alert;
import java.io.PrintStream;

/**
 * One readable line per alert (plus its first snippet) for a person watching a terminal, as
 * {@code newsflow run} and {@code newsflow alerts tail} print them.
 */
public final class ConsoleAlerts {
    private final PrintStream out;

    public ConsoleAlerts(PrintStream out) {
        this.out = out;
    }

    public void print(Alert alert) {
        out.println(format(alert));
    }

    public static String format(Alert alert) {
        StringBuilder line = new StringBuilder()
                .append("ALERT [").append(alert.getRuleName()).append("] ")
                .append(alert.getTitle())
                .append(" (").append(alert.getSource()).append(", ").append(alert.getPublishedAt()).append(')');
        if (alert.getUrl() != null) {
            line.append(' ').append(alert.getUrl());
        }
        if (alert.getDuplicateCount() > 0) {
            line.append(" +").append(alert.getDuplicateCount()).append(alert.getDuplicateCount() == 1 ? " copy" : " copies");
        }
        if (!alert.getSnippets().isEmpty()) {
            line.append(System.lineSeparator()).append("    ").append(alert.getSnippets().get(0));
        }
        return line.toString();
    }
}
