package io.newsflow.dashboard.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Runs one read-only statement with positional parameters; a failing database becomes {@link StoreUnavailableException}. */
final class Jdbc {
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> List<T> query(String sql, List<?> parameters, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                if (value instanceof Long number) {
                    statement.setLong(i + 1, number);
                } else if (value instanceof Integer number) {
                    statement.setInt(i + 1, number);
                } else if (value == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setString(i + 1, value.toString());
                }
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet resultSet = statement.executeQuery()) {
                while (resultSet.next()) {
                    rows.add(mapper.map(resultSet));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreUnavailableException("The store could not answer: " + e.getMessage(), e);
        }
    }

    static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static String iso(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
