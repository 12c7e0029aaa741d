package io.newsflow.sink.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, in a file under a temporary data directory. */
class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dataDir;

    @Override
    protected String freshJdbcUrl() {
        return Database.sqliteUrl(dataDir.resolve("nested/data"));
    }

    @Override
    protected String searchQuery() {
        return "SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ? ORDER BY a.id";
    }

    @Override
    protected String falseText() {
        return "0";
    }

    @Override
    protected String trueText() {
        return "1";
    }

    @Test
    void opensInWalModeWithABusyTimeout() throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
            try (ResultSet rs = s.executeQuery("PRAGMA busy_timeout")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(10_000);
            }
        }
        assertThat(dataDir.resolve("nested/data/newsflow.db")).exists();
    }

    @Test
    void reopeningAMigratedStoreKeepsItsRows() throws Exception {
        writer.write(StoreBatch.ofArticles(java.util.List.of(fixtures.seed())));
        database.close();

        database = Database.open(freshJdbcUrl());

        assertThat(new io.newsflow.sink.fixture.StoreRows(database.dataSource()).count("articles")).isEqualTo(1);
    }
}
