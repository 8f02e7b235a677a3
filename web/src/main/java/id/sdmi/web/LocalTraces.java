package id.sdmi.web;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Where spans go when no collector is configured ({@code sdmi.tracing.export=false}, the default): nowhere. Traces
 * are still made and carried (trace ids in the logs, {@code traceparent} on requests and events); with
 * {@code SDMI_TRACING_EXPORT=true} this exporter steps aside and Quarkus exports by OTLP.
 */
@ApplicationScoped
public class LocalTraces {

    @Produces
    @Singleton
    @Unremovable
    @LookupIfProperty(name = "sdmi.tracing.export", stringValue = "false", lookupIfMissing = true)
    SpanExporter dropped() {
        return new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
    }
}
