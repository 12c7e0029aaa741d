package io.newsflow.chaos.fuzz;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.newsflow.ingest.http.AddressGuard;
import io.newsflow.ingest.http.FetchException;
import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SSRF through DNS: ingest's HttpFetcherTest proves literal loopback links and redirects to 127.0.0.1 are
 * refused; this adds public-looking names that resolve to loopback, private, link-local and cloud
 * metadata addresses (and a name with one good and one bad address), which must be refused the same way.
 */
class SsrfThroughDnsNamesIT {
    private static final Map<String, String[]> DNS = Map.of(
            "news.example.org", new String[] {"93.184.216.34"},
            "metadata.evil.example", new String[] {"169.254.169.254"},
            "intranet.evil.example", new String[] {"10.0.0.7"},
            "home.evil.example", new String[] {"192.168.1.1"},
            "loop.evil.example", new String[] {"127.0.0.1"},
            "v6loop.evil.example", new String[] {"::1"},
            "mixed.evil.example", new String[] {"93.184.216.34", "172.16.5.5"},
            "v6meta.evil.example", new String[] {"fd00:ec2::254"});

    private final AddressGuard guard = new AddressGuard(host -> {
        String[] ips = DNS.get(host);
        InetAddress[] out = new InetAddress[ips.length];
        for (int i = 0; i < ips.length; i++) {
            out[i] = InetAddress.getByName(ips[i]);
        }
        return out;
    });

    @Test
    void namesThatResolveToInternalAddressesAreRefused() {
        for (String host : DNS.keySet()) {
            if (host.equals("news.example.org")) {
                continue;
            }
            assertThatThrownBy(() -> guard.check(host, "https://" + host + "/latest"))
                    .as(host)
                    .isInstanceOfSatisfying(FetchException.class,
                            e -> org.assertj.core.api.Assertions.assertThat(e.kind()).isEqualTo(FetchException.Kind.BLOCKED_ADDRESS))
                    .hasMessageContaining(host);
        }
    }

    @Test
    void aPublicNameIsAllowed() {
        assertThatCode(() -> guard.check("news.example.org", "https://news.example.org/a")).doesNotThrowAnyException();
    }
}
