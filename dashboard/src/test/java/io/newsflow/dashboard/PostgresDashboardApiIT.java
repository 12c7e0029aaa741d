package io.newsflow.dashboard;

import java.nio.file.Path;
import io.newsflow.sink.jdbc.Database;

/** The dashboard API over PostgreSQL (tsvector + websearch_to_tsquery), on 127.0.0.1:5432 database test. */
class PostgresDashboardApiIT extends DashboardApiContract {
    @Override
    Database open(Path dir) {
        return TestStores.postgres();
    }
}
