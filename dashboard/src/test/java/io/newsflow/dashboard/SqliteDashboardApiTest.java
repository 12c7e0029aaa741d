package io.newsflow.dashboard;

import java.nio.file.Path;
import io.newsflow.sink.jdbc.Database;

/** The dashboard API over the embedded store: SQLite with FTS5. */
class SqliteDashboardApiTest extends DashboardApiContract {
    @Override
    Database open(Path dir) {
        return TestStores.sqlite(dir);
    }
}
