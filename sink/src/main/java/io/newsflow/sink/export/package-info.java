/**
 * Reading the store back as plain records, for {@code newsflow export} (JSON lines) and any other
 * reader that should not depend on the table layout.
 */
package io.newsflow.sink.export;
