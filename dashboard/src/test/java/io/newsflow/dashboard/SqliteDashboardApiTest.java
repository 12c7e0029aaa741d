package io.newsflow.dashboard;

import java.nio.file.Path;
import javax.sql.DataSource;

/** The dashboard API over the embedded store: SQLite with FTS5. */
class SqliteDashboardApiTest extends DashboardApiContract {
    @Override
    DataSource store(Path dir) {
        return TestStores.sqlite(dir);
    }
}
