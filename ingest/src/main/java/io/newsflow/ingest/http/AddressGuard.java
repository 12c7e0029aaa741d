package io.newsflow.ingest.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Keeps links found in feeds away from the machine's own network (SSRF): a host is refused when any
 * address it resolves to is loopback, unspecified, private (10/8, 172.16/12, 192.168/16, fc00::/7),
 * carrier-grade NAT (100.64/10), link-local (169.254/16 with the cloud metadata service, fe80::/10),
 * multicast or reserved, including those addresses written as IPv4-mapped IPv6. Checked before the
 * first request and before every redirect.
 *
 * <p>Limitation: the HTTP client resolves the name again when it connects, so a DNS server that
 * answers differently within milliseconds (rebinding) is not caught; the window is one lookup.
 */
public final class AddressGuard {
    /** Resolves a host name; replaced in tests to simulate public names. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;

    public AddressGuard(Resolver resolver) {
        this.resolver = resolver;
    }

    public static AddressGuard system() {
        return new AddressGuard(InetAddress::getAllByName);
    }

    /** Throws BLOCKED_ADDRESS when {@code host} resolves to an address links must not reach. */
    public void check(String host, String url) throws FetchException {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(h);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Kind.IO, "Cannot resolve host " + host + " of " + url, 0, null, e);
        }
        for (InetAddress address : addresses) {
            if (isBlocked(address)) {
                throw new FetchException(FetchException.Kind.BLOCKED_ADDRESS, "Refused to fetch " + url + ": host " + host
                        + " resolves to " + address.getHostAddress() + ", a loopback, private or link-local address"
                        + " (set ingest.allow.private.networks=true to allow)");
            }
        }
    }

    static boolean isBlocked(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return true; // fc00::/7 unique local (fd00:ec2::254 metadata among them)
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                try {
                    return isBlocked(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first == 0 || first >= 240 || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0 && (b[2] & 0xFF) == 0) || (first == 198 && (second == 18 || second == 19));
        }
        return false;
    }
}
