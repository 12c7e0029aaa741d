package io.newsflow.dashboard.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Stored alerts, newest first. */
public final class AlertQueries {
    private final Jdbc jdbc;
    private final JsonColumns json;

    public AlertQueries(DataSource dataSource, ObjectMapper mapper) {
        this.jdbc = new Jdbc(dataSource);
        this.json = new JsonColumns(mapper);
    }

    /** The latest alerts, of one rule when {@code ruleId} is not null. */
    public List<AlertView> latest(String ruleId, int limit) {
        List<Object> parameters = new ArrayList<>();
        String where = "";
        if (ruleId != null) {
            where = " WHERE rule_id = ?";
            parameters.add(ruleId);
        }
        parameters.add(limit);
        return jdbc.query("SELECT alert_id, rule_id, rule_name, rule_version, article_id, title, url, source, "
                        + "published_at, alerted_at, tone, entities_json, snippets_json, duplicate_count FROM alerts"
                        + where + " ORDER BY alerted_at DESC, alert_id LIMIT ?",
                parameters,
                r -> new AlertView(r.getString("alert_id"), r.getString("rule_id"), r.getString("rule_name"),
                        r.getInt("rule_version"), r.getString("article_id"), r.getString("title"), r.getString("url"),
                        r.getString("source"), Jdbc.iso(r.getLong("published_at")), Jdbc.iso(r.getLong("alerted_at")),
                        Jdbc.nullableDouble(r, "tone"), json.strings(r.getString("entities_json")),
                        json.strings(r.getString("snippets_json")), r.getInt("duplicate_count")));
    }
}
