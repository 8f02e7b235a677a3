package id.sdmi.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hostile values a careless or malicious caller sends in place of a field, a parameter or a whole body: wrong
 * types, values out of every range, text PostgreSQL or a spreadsheet refuses, and JSON no parser should accept.
 */
final class Mutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Mutations() {
    }

    /** Values for a JSON field of this (resolved) schema, none of them a valid one of a different kind of field. */
    static List<JsonNode> forField(Schemas schemas, JsonNode schema) {
        List<JsonNode> values = new ArrayList<>();
        values.add(NODES.nullNode());
        String type = schemas.type(schema);
        switch (type) {
            case "string" -> {
                values.add(NODES.numberNode(0));
                values.add(NODES.booleanNode(true));
                values.add(NODES.arrayNode());
                values.add(NODES.objectNode());
                for (String text : texts(schema)) {
                    values.add(NODES.textNode(text));
                }
            }
            case "integer", "number" -> {
                values.add(NODES.textNode("1"));
                values.add(NODES.textNode("one"));
                values.add(NODES.numberNode(1.5));
                values.add(NODES.numberNode(-1));
                values.add(NODES.numberNode(0));
                values.add(NODES.numberNode(2147483648L));
                values.add(NODES.numberNode(-2147483649L));
                values.add(NODES.rawValueNode(new RawValue("9223372036854775808")));
                values.add(NODES.rawValueNode(new RawValue("1e400")));
                values.add(NODES.rawValueNode(new RawValue("-0")));
                values.add(NODES.booleanNode(false));
                values.add(NODES.arrayNode().add(1));
            }
            case "boolean" -> {
                values.add(NODES.textNode("true"));
                values.add(NODES.numberNode(1));
                values.add(NODES.objectNode());
            }
            case "array" -> {
                values.add(NODES.objectNode());
                values.add(NODES.textNode("x"));
                values.add(NODES.arrayNode().addNull());
                values.add(NODES.arrayNode().add(NODES.arrayNode()));
                values.add(NODES.arrayNode().add(NODES.objectNode().put("unknown", 1)));
                JsonNode item = schemas.sample(schemas.resolve(schema.path("items")));
                int many = schema.path("maxItems").asInt(1000) + 1;
                ArrayNode tooMany = NODES.arrayNode();
                for (int i = 0; i < Math.min(many, 2_001); i++) {
                    tooMany.add(item.deepCopy());
                }
                values.add(tooMany);
            }
            default -> {
                values.add(NODES.arrayNode());
                values.add(NODES.textNode("x"));
                values.add(NODES.numberNode(7));
                values.add(NODES.objectNode());
                values.add(NODES.objectNode().put("unknown", 1));
            }
        }
        return values;
    }

    /** Texts for a string field or parameter: oversized, NUL, control and format characters, wrong formats. */
    static List<String> texts(JsonNode schema) {
        List<String> texts = new ArrayList<>(List.of("", " ", "\u0000", "a\u0000b", "\t\r\n", "\u202e\u0007",
                "😀".repeat(40), "'; DROP TABLE datasets; --", "<script>alert(1)</script>", "=HYPERLINK(\"x\")",
                "../../etc/passwd", "%00", "\\u0000", "\uFEFF", "x".repeat(70_000)));
        int maxLength = schema.path("maxLength").asInt(-1);
        if (maxLength >= 0) {
            texts.add("y".repeat(maxLength + 1));
        }
        switch (schema.path("format").asText("")) {
            case "date" -> texts.addAll(List.of("2024-02-30", "-999999999-01-01", "+999999999-12-31", "0000-00-00",
                    "2024-13-01", "20240101", "1899-12-31"));
            case "date-time" -> texts.addAll(List.of("2024-01-01", "2024-01-01T25:00:00Z", "-999999999-01-01T00:00:00Z"));
            case "uuid" -> texts.addAll(List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
                    "7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f1"));
            case "email" -> texts.add("not an address");
            case "uri", "url" -> texts.addAll(List.of("javascript:alert(1)", "http://", "file:///etc/passwd"));
            default -> {
            }
        }
        JsonNode values = schema.path("enum");
        if (values.isArray() && !values.isEmpty()) {
            texts.add("NOT_A_VALUE");
            texts.add(values.get(0).asText().toLowerCase(Locale.ROOT));
        }
        return texts;
    }

    /** Values for a query or path parameter of this schema. */
    static List<String> forParameter(Schemas schemas, JsonNode schema) {
        List<String> values = new ArrayList<>(List.of("", "\u0000", "-1", "0", "2147483648", "99999999999999999999",
                "1.5", "abc", "😀", "' OR 1=1 --", "\u202e", "null", "x".repeat(3000)));
        if (schemas.type(schema).equals("string")) {
            values.addAll(texts(schema).stream().filter(text -> text.length() < 5000).toList());
        }
        return values;
    }

    /** Whole bodies no JSON operation can take. */
    static List<byte[]> brokenBodies(JsonNode sample) {
        List<byte[]> bodies = new ArrayList<>();
        for (String text : List.of("", "null", "[]", "\"x\"", "7", "{", "{\"a\":", "{}", "[{}]", "{'a':1}",
                "{\"a\":1,}", "/* c */ {}", "{\"a\":NaN}", "\uFEFF{}", "{\"a\":1}{\"b\":2}",
                "[".repeat(100_000), "{\"a\":".repeat(50_000))) {
            bodies.add(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0});
        if (sample instanceof ObjectNode object && object.size() > 0) {
            String first = object.fieldNames().next();
            String json = object.toString();
            // the first field again at the end: a duplicate key
            String duplicate = json.substring(0, json.length() - 1) + ",\"" + first + "\":" + object.get(first) + "}";
            bodies.add(duplicate.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bodies;
    }
}
