package io.newsflow.ingest.archive;

/**
 * One piece of input that could not be used, and why: shown to the user so they can fix it.
 *
 * @param path the file or path as the user gave it (or as found under a folder they gave)
 * @param line 1-based line number, or 0 when the whole file is rejected
 * @param reason one sentence, without the path
 */
public record Rejection(String path, long line, String reason) {
    @Override
    public String toString() {
        return line > 0 ? path + ":" + line + ": " + reason : path + ": " + reason;
    }
}
