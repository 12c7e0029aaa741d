package io.newsflow.dashboard;

import io.newsflow.config.ConfigException;
import io.newsflow.config.Settings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where the dashboard listens and who may change things.
 *
 * <p>It binds to 127.0.0.1 unless told otherwise. Binding to any other address requires
 * {@code dashboard.token}: the page shows only news, but {@code /api/rules} can add webhooks, and
 * those must not be open to a network. When a token is set, every write needs it as
 * {@code Authorization: Bearer <token>}, wherever the dashboard listens.
 *
 * @param host {@code dashboard.host}, default 127.0.0.1
 * @param port {@code dashboard.port}, default 8080; 0 picks a free port
 * @param token {@code dashboard.token}, at least 16 characters; never logged
 * @param loopback whether {@code host} is a loopback address
 */
public record DashboardConfig(String host, int port, Optional<String> token, boolean loopback) {
    public static final int MIN_TOKEN_LENGTH = 16;

    public DashboardConfig {
        if (!loopback && token.isEmpty()) {
            throw new ConfigException("Configuration key 'dashboard.token' is required when the dashboard binds to "
                    + host + ", which is not a loopback address: without it anyone on the network could change the alert rules.");
        }
    }

    public static DashboardConfig from(Settings settings) {
        String host = settings.string("dashboard.host", "127.0.0.1");
        int port = settings.intValue("dashboard.port", 8080, 0, 65_535);
        Optional<String> token = settings.optional("dashboard.token");
        if (token.isPresent() && token.get().length() < MIN_TOKEN_LENGTH) {
            throw settings.wrong("dashboard.token", "must be at least " + MIN_TOKEN_LENGTH + " characters");
        }
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw settings.wrong("dashboard.host", "must be an address or a host name of this machine");
        }
        return new DashboardConfig(host, port, token, loopback);
    }

    /** A loopback dashboard on {@code port} without a token, as tests and {@code newsflow run} use it. */
    public static DashboardConfig local(int port) {
        return new DashboardConfig("127.0.0.1", port, Optional.empty(), true);
    }

    @Override
    public String toString() {
        return "DashboardConfig[host=" + host + ", port=" + port + ", token=" + (token.isPresent() ? "****" : "none")
                + ", loopback=" + loopback + "]";
    }
}
