package io.newsflow.chaos.load;

import io.newsflow.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;

/**
 * A reproducible load: article {@code i} is always the same record, with a body of random words (so
 * near-duplicate detection never merges two of them) and, for every tenth one, "Rotterdam" in the
 * title, which the scenario's alert rule matches. Counting is then exact: {@code n} articles,
 * {@link #alertsExpected(int)} alerts.
 */
public final class SyntheticArticles {
    public static final String ALERT_WORD = "Rotterdam";
    private static final Instant EPOCH = Instant.parse("2026-11-28T06:00:00Z");
    private static final String[] WORDS = ("harbour strike union wages vessel cargo council minister budget election "
            + "river flood bridge railway airport storm energy grid price inflation market shares court verdict "
            + "police protest museum festival school teacher hospital nurse doctor vaccine climate summit treaty "
            + "border customs farmer harvest drought fishing quota tunnel highway bus tram ferry pilot tower crane "
            + "steel chemical factory export import bank loan interest housing rent tenant mayor district village "
            + "coast island forest park trail mountain valley lake canal lock dyke pump sensor radar satellite").split(" ");

    private final String run;

    /** @param run distinguishes the ids of two runs on the same topics */
    public SyntheticArticles(String run) {
        this.run = run;
    }

    public String id(int i) {
        return run + "-" + String.format("%06d", i);
    }

    public RawArticle article(int i) {
        Random random = new Random(31L * i + run.hashCode());
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 60; w++) {
            body.append(w == 0 ? "" : w % 12 == 0 ? ". " : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        body.append('.');
        String title = (i % 10 == 0 ? ALERT_WORD + " " : "") + WORDS[random.nextInt(WORDS.length)] + " report number " + i;
        Instant published = EPOCH.plusSeconds(i);
        return RawArticle.newBuilder()
                .setId(id(i))
                .setUrl("https://news.example.org/" + id(i))
                .setTitle(title)
                .setBody(body.toString())
                .setSource("chaos")
                .setPublishedAt(published)
                .setFetchedAt(published)
                .setContentHash(sha256(title + "\n\n" + body))
                .setOrigin("demo")
                .build();
    }

    /** How many of the first {@code n} articles the alert rule on {@link #ALERT_WORD} matches. */
    public static int alertsExpected(int n) {
        return (n + 9) / 10;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
