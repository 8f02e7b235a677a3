package id.sdmi.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The W3C trace context an event keeps from the write that made it (CloudEvents' {@code traceparent} extension), so
 * that the relay that publishes it and the consumers that apply it continue that write's trace.
 */
public final class Tracing {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    private Tracing() {
    }

    /** The current span's {@code traceparent}, or null when there is none. */
    public static String traceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** A context whose parent is the span a {@code traceparent} names; the root context for none or a malformed one. */
    public static Context parent(String traceparent) {
        Matcher m = traceparent == null ? null : TRACEPARENT.matcher(traceparent);
        if (m == null || !m.matches()) {
            return Context.root();
        }
        SpanContext remote = SpanContext.createFromRemoteParent(m.group(1), m.group(2),
                TraceFlags.fromHex(m.group(3), 0), TraceState.getDefault());
        return remote.isValid() ? Context.root().with(Span.wrap(remote)) : Context.root();
    }
}
