package id.sdmi.events;

/**
 * One event contract: its CloudEvents {@code type}, the topic it travels on, the kind of aggregate whose id
 * is the Kafka key and the CloudEvents {@code subject}, and the record that is its {@code data}.
 */
public record EventType<T>(String name, String topic, String aggregateType, Class<T> dataClass) {

    public EventType {
        if (!name.matches("sdmi(\\.[a-z][a-z0-9-]*)+\\.v[0-9]+")) {
            throw new IllegalArgumentException("event type must look like sdmi.<area>.<what>.v<N>: " + name);
        }
    }

    /** Where the JSON Schema of this event's data sits on the classpath. */
    public String schemaResource() {
        return "schemas/" + name + ".json";
    }
}
