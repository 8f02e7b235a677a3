package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The platform document the gateway serves is the committed one (client/src/main/openapi/platform.json), which the
 * SDK is generated from. A change that breaks callers (an operation or field removed, a type narrowed, a new required
 * input) is named as such by openapi-diff; either way the snapshot is updated in the same commit, with
 * {@code deploy/local/sdmi snapshot}.
 */
class ContractSnapshotTest {

    static final Path SNAPSHOT = Platform.ROOT.resolve("client/src/main/openapi/platform.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        String served = given().get(GATEWAY + "/openapi/platform.json").then().statusCode(200).extract().asString();
        String committed = Files.readString(SNAPSHOT);
        if (JSON.readTree(served).equals(JSON.readTree(committed))) {
            return;
        }
        ChangedOpenApi diff = OpenApiCompare.fromContents(committed, served);
        String report = markdown(diff);
        if (diff.isIncompatible()) {
            fail("BREAKING change of the platform API against the committed document: callers built on it break. If it is "
                    + "meant, make it a new operation or version instead, or update the snapshot in the same commit "
                    + "(deploy/local/sdmi snapshot):\n" + report);
        }
        fail("The platform API changed (compatibly) but the committed document, which the SDK is generated from, did "
                + "not: run deploy/local/sdmi snapshot and commit it.\n" + report);
    }

    @Test
    void aRemovedResponseFieldIsFoundBreaking() throws IOException {
        String committed = Files.readString(SNAPSHOT);
        ObjectNode changed = (ObjectNode) JSON.readTree(committed);
        ObjectNode dataset = (ObjectNode) changed.at("/components/schemas/Dataset");
        assertTrue(dataset.at("/properties/title").isObject(), "the Dataset schema has a title");
        ((ObjectNode) dataset.get("properties")).remove("title");
        if (dataset.get("required") instanceof ArrayNode required) {
            for (int i = required.size() - 1; i >= 0; i--) {
                if (required.get(i).asText().equals("title")) {
                    required.remove(i);
                }
            }
        }
        ChangedOpenApi diff = OpenApiCompare.fromContents(committed, JSON.writeValueAsString(changed));
        assertTrue(diff.isIncompatible(), "a removed field must be breaking:\n" + markdown(diff));
        assertTrue(markdown(diff).contains("title"), markdown(diff));
    }

    @Test
    void aNewRequiredInputIsFoundBreakingAndANewOptionalOneIsNot() throws IOException {
        String committed = Files.readString(SNAPSHOT);
        JsonNode original = JSON.readTree(committed);
        ObjectNode optional = original.deepCopy();
        ObjectNode input = (ObjectNode) optional.at("/components/schemas/DatasetInput");
        ((ObjectNode) input.get("properties")).putObject("remarks").put("type", "string").put("maxLength", 100);
        assertFalse(OpenApiCompare.fromContents(committed, JSON.writeValueAsString(optional)).isIncompatible(),
                "a new optional input field is compatible");
        ObjectNode required = optional.deepCopy();
        ((ArrayNode) required.at("/components/schemas/DatasetInput").withArray("required")).add("remarks");
        ChangedOpenApi diff = OpenApiCompare.fromContents(committed, JSON.writeValueAsString(required));
        assertTrue(diff.isIncompatible(), "a new required input is breaking:\n" + markdown(diff));
        assertEquals(original, JSON.readTree(committed), "the committed document is only read");
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
