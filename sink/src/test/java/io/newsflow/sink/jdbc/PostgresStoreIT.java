package io.newsflow.sink.jdbc;

import io.newsflow.sink.fixture.PostgresSchema;
import org.junit.jupiter.api.AfterEach;

/** The store contract on PostgreSQL, in a schema of its own per test. */
class PostgresStoreIT extends StoreContract {
    private PostgresSchema schema;

    @Override
    protected String freshJdbcUrl() throws Exception {
        schema = PostgresSchema.create();
        return schema.jdbcUrl();
    }

    @Override
    protected String searchQuery() {
        return "SELECT id FROM articles WHERE search @@ websearch_to_tsquery('english', ?) ORDER BY id";
    }

    @Override
    protected String falseText() {
        return "f";
    }

    @Override
    protected String trueText() {
        return "t";
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (database != null) {
            database.close();
            database = null;
        }
        if (schema != null) {
            schema.close();
        }
    }
}
