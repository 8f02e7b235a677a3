package id.sdmi.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.jboss.logging.Logger;

/**
 * The instances of one service a route balances over: taken in turn; one that cannot be reached is taken out for a
 * while (its connection refused or timed out: nothing was sent, so the request goes on to the next instance) and
 * tried again after it. Shared by every event loop.
 */
final class Upstreams {

    private static final Logger LOG = Logger.getLogger(Upstreams.class);

    private final String route;
    private final List<URI> urls;
    private final long outFor;
    private final AtomicLongArray outUntil;
    private final AtomicInteger next = new AtomicInteger();

    Upstreams(String route, List<URI> urls, Duration outFor) {
        this.route = route;
        this.urls = List.copyOf(urls);
        this.outFor = outFor.toNanos();
        this.outUntil = new AtomicLongArray(urls.size());
    }

    URI url(int instance) {
        return urls.get(instance);
    }

    int size() {
        return urls.size();
    }

    /** The instances to try for one request, in order: the next in turn first, those taken out last. */
    List<Integer> order() {
        int start = Math.floorMod(next.getAndIncrement(), urls.size());
        long now = System.nanoTime();
        List<Integer> in = new ArrayList<>(urls.size());
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < urls.size(); k++) {
            int i = (start + k) % urls.size();
            (outUntil.get(i) - now > 0 ? out : in).add(i);
        }
        in.addAll(out);
        return in;
    }

    void unreachable(int instance, Throwable cause) {
        long previous = outUntil.getAndSet(instance, System.nanoTime() + outFor);
        if (previous - System.nanoTime() <= 0) {
            LOG.warnf("Route %s: %s cannot be reached (%s); taken out for %d s", route, urls.get(instance),
                    cause.getMessage(), Duration.ofNanos(outFor).toSeconds());
        }
    }

    void reached(int instance) {
        if (outUntil.get(instance) != 0 && outUntil.getAndSet(instance, 0) != 0) {
            LOG.infof("Route %s: %s answers again", route, urls.get(instance));
        }
    }
}
