package io.newsflow.sink.alert;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook body so the receiver can check it came from newsflow and was not altered:
 * {@code X-Newsflow-Signature: sha256=<hex HMAC-SHA256 of the exact body bytes with the hook's secret>}
 * (the GitHub convention receivers already know how to verify). The secret never leaves this object.
 */
public final class WebhookSigner {
    public static final String HEADER = "X-Newsflow-Signature";

    private final SecretKeySpec key;

    public WebhookSigner(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String signature(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSigner(****)";
    }
}
