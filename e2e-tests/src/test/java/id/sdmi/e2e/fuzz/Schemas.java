package id.sdmi.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/** The schemas of an OpenAPI document: references followed, and a plausible value made for each. */
final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final JsonNode document;

    Schemas(JsonNode document) {
        this.document = document;
    }

    /** The schema behind {@code $ref}s, with {@code allOf} parts merged and the first of {@code oneOf/anyOf}. */
    JsonNode resolve(JsonNode schema) {
        for (int hops = 0; schema.has("$ref") && hops < 20; hops++) {
            schema = document.at(schema.get("$ref").asText().substring(1));
        }
        if (schema.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            for (JsonNode part : schema.get("allOf")) {
                merged.setAll((ObjectNode) resolve(part).deepCopy());
            }
            ObjectNode own = ((ObjectNode) schema.deepCopy());
            own.remove("allOf");
            merged.setAll(own);
            return merged;
        }
        for (String choice : new String[] {"oneOf", "anyOf"}) {
            if (schema.has(choice)) {
                return resolve(schema.get(choice).get(0));
            }
        }
        return schema;
    }

    String type(JsonNode schema) {
        JsonNode type = resolve(schema).path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!each.asText().equals("null")) {
                    return each.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return resolve(schema).has("properties") ? "object" : "string";
    }

    /** A value the schema describes: its example or default, the first enum value, or one made from its type. */
    JsonNode sample(JsonNode schema) {
        return sample(resolve(schema), 0);
    }

    private JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        if (schema.has("default") && !schema.get("default").isNull()) {
            return schema.get("default");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (depth > 6) {
            return NODES.nullNode();
        }
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    object.set(property.getKey(), sample(property.getValue(), depth + 1));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(sample(schema.path("items"), depth + 1));
                yield array;
            }
            case "integer" -> NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (schema.path("format").asText("")) {
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                case "date" -> NODES.textNode("2024-06-30");
                case "date-time" -> NODES.textNode("2024-06-30T10:00:00Z");
                case "email" -> NODES.textNode("fuzz@example.org");
                case "uri", "url" -> NODES.textNode("https://example.org/fuzz");
                default -> NODES.textNode("FUZZ");
            };
        };
    }
}
