package id.sdmi.catalog.harvest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches what a harvest source points at, safely, whatever its owner typed in: http and https only; every address
 * the name resolves to is checked as the connection is made (no private, loopback, link-local, multicast or
 * reserved address, so no cloud metadata and no service of the platform's own network, unless listed in
 * {@code sdmi.harvest.allowed-private}); redirects followed by hand, at most five, each checked again; a time limit
 * to connect, to wait for data and for the whole answer; and a size limit, checked on the announced length and
 * counted while reading.
 */
@ApplicationScoped
public class SafeFetcher {

    static final int MAX_REDIRECTS = 5;

    /** An answer fetched: where it finally came from, its content type and body. */
    public record Fetched(URI uri, String contentType, byte[] body) {
    }

    /** A fetch that failed, with the reason in the source owner's terms. */
    public static final class FetchException extends Exception {
        FetchException(String message) {
            super(message);
        }
    }

    private final CloseableHttpClient client;
    private final long maxBytes;
    private final Duration whole;

    public SafeFetcher(
            @ConfigProperty(name = "sdmi.harvest.allowed-private", defaultValue = "none") List<String> allowedPrivate,
            @ConfigProperty(name = "sdmi.harvest.max-bytes", defaultValue = "20000000") long maxBytes,
            @ConfigProperty(name = "sdmi.harvest.connect-timeout", defaultValue = "10s") Duration connect,
            @ConfigProperty(name = "sdmi.harvest.read-timeout", defaultValue = "30s") Duration read,
            @ConfigProperty(name = "sdmi.harvest.request-timeout", defaultValue = "60s") Duration whole) {
        this.maxBytes = maxBytes;
        this.whole = whole;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new PublicOnly(allowedPrivate.stream().filter(c -> !c.equals("none"))
                                .map(Cidr::parse).toList()))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connect)).setSocketTimeout(Timeout.of(read)).build())
                        .setMaxConnTotal(20).setMaxConnPerRoute(4).build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(read)).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .setUserAgent("SDMI-NSDR-harvester/1").build();
    }

    @PreDestroy
    void close() throws IOException {
        client.close();
    }

    public Fetched get(URI uri, String accept) throws FetchException {
        Instant deadline = Instant.now().plus(whole);
        URI at = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            check(at);
            HttpGet request = new HttpGet(at);
            request.setHeader("Accept", accept);
            URI here = at;
            Object answer;
            try {
                answer = client.execute(request, response -> {
                    int status = response.getCode();
                    if (status >= 300 && status < 400 && response.getFirstHeader("Location") != null) {
                        return here.resolve(response.getFirstHeader("Location").getValue().trim());
                    }
                    if (status != 200) {
                        return new FetchException(here + " answered HTTP " + status);
                    }
                    Header type = response.getFirstHeader("Content-Type");
                    try {
                        return new Fetched(here, type == null ? null : type.getValue(), read(response.getEntity(), deadline));
                    } catch (FetchException e) {
                        return e;
                    }
                });
            } catch (UnknownHostException e) {
                throw new FetchException(e.getMessage());
            } catch (IOException e) {
                throw new FetchException(here.getHost() + " could not be reached: " + describe(e));
            } catch (IllegalArgumentException e) {
                throw new FetchException(here + " redirects to an address that is not valid");
            }
            if (answer instanceof Fetched fetched) {
                return fetched;
            }
            if (answer instanceof FetchException failed) {
                throw failed;
            }
            at = (URI) answer;
        }
        throw new FetchException(uri + " redirects more than " + MAX_REDIRECTS + " times");
    }

    private byte[] read(HttpEntity entity, Instant deadline) throws IOException, FetchException {
        if (entity == null) {
            return new byte[0];
        }
        if (entity.getContentLength() > maxBytes) {
            throw new FetchException("the answer is " + entity.getContentLength() + " bytes, more than the "
                    + maxBytes + " a harvest reads");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[16_384];
        try (InputStream in = entity.getContent()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                body.write(buffer, 0, n);
                if (body.size() > maxBytes) {
                    throw new FetchException("the answer is more than the " + maxBytes + " bytes a harvest reads");
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new FetchException("the answer took longer than " + whole.toSeconds() + " s");
                }
            }
        }
        return body.toByteArray();
    }

    static void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(uri + " is not an http or https address");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new FetchException(uri + " has no host, or carries a user and password");
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    /** Resolves a name and refuses it unless every address is public, or in the configured private ranges. */
    record PublicOnly(List<Cidr> allowed) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
            for (InetAddress address : addresses) {
                if (!isPublic(address) && allowed.stream().noneMatch(c -> c.contains(address))) {
                    throw new UnknownHostException(host + " resolves to " + address.getHostAddress() + ", a private, "
                            + "loopback or reserved address, which a harvest does not fetch");
                }
            }
            return addresses;
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
        }
    }

    private static final List<Cidr> RESERVED = Arrays.stream(new String[] {"0.0.0.0/8", "100.64.0.0/10",
        "192.0.0.0/24", "192.0.2.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4",
        "fc00::/7", "2001:db8::/32", "64:ff9b::/96"}).map(Cidr::parse).toList();

    static boolean isPublic(InetAddress address) {
        return !(address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || RESERVED.stream().anyMatch(c -> c.contains(address)));
    }

    /** An address range, such as 127.0.0.1/32 or fc00::/7. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            String[] parts = text.trim().split("/");
            try {
                byte[] network = InetAddress.getByName(parts[0]).getAddress();
                int prefix = parts.length > 1 ? Integer.parseInt(parts[1]) : network.length * 8;
                return new Cidr(network, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not an address range: " + text, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
