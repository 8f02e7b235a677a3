package id.sdmi.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PlatformDocument.Settings SETTINGS = new PlatformDocument.Settings("https://sdmi.example.go.id",
            "production", "https://sso.example.go.id/realms/sdmi", 600, 6000, 60, 20_971_520);

    private static JsonNode service(String path, String operationId, String statusEnum) throws Exception {
        return JSON.readTree("""
                {"openapi":"3.1.0","paths":{"%s":{"post":{"operationId":"%s","security":[{"SecurityScheme":[]}],
                  "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Label"}}}},
                  "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Status"}}}}}}}},
                 "components":{"schemas":{
                   "Label":{"type":"object","properties":{"id":{"type":"string","maxLength":4000}}},
                   "Status":{"type":"string","enum":[%s]},
                   "Problem":{"type":"object","properties":{"status":{"type":"integer"}}}},
                  "headers":{"X-Request-Id":{"schema":{"type":"string"}},"Retry-After":{"schema":{"type":"integer"}}},
                  "securitySchemes":{"SecurityScheme":{"type":"openIdConnect"}}}}""".formatted(path, operationId, statusEnum));
    }

    @Test
    void sameSchemaOfTwoServicesIsOneSchema() throws Exception {
        ObjectNode doc = PlatformDocument.merge(Map.of("a", service("/a", "createA", "\"X\""), "b", service("/b", "createB", "\"X\"")),
                List.of(), SETTINGS);
        assertEquals(3, doc.get("components").get("schemas").size());
        assertEquals("\"X\"", doc.at("/components/schemas/Status/enum/0").toString());
        assertEquals(2, doc.get("paths").size());
    }

    @Test
    void twoDifferentSchemasUnderOneNameFailInsteadOfFirstWins() throws Exception {
        PlatformDocument.Clash clash = assertThrows(PlatformDocument.Clash.class, () -> PlatformDocument.merge(
                Map.of("assessment", service("/a", "createA", "\"PLANNED\""), "catalog", service("/b", "createB", "\"SUBMITTED\"")),
                List.of(), SETTINGS));
        assertTrue(clash.getMessage().contains("schemas/Status differs between assessment and catalog"), clash.getMessage());
    }

    @Test
    void anOperationIdOrPathOfTwoServicesFails() throws Exception {
        PlatformDocument.Clash sameId = assertThrows(PlatformDocument.Clash.class, () -> PlatformDocument.merge(
                Map.of("a", service("/a", "create", "\"X\""), "b", service("/b", "create", "\"X\"")), List.of(), SETTINGS));
        assertTrue(sameId.getMessage().contains("operationId create"), sameId.getMessage());
        PlatformDocument.Clash samePath = assertThrows(PlatformDocument.Clash.class, () -> PlatformDocument.merge(
                Map.of("a", service("/a", "createA", "\"X\""), "b", service("/a", "createB", "\"X\"")), List.of(), SETTINGS));
        assertTrue(samePath.getMessage().contains("path /a is in the documents of a and b"), samePath.getMessage());
    }

    @Test
    void aReferenceToNothingFails() throws Exception {
        ObjectNode broken = (ObjectNode) service("/a", "createA", "\"X\"");
        ((ObjectNode) broken.get("components").get("schemas")).remove("Label");
        PlatformDocument.Clash clash = assertThrows(PlatformDocument.Clash.class,
                () -> PlatformDocument.merge(Map.of("a", broken), List.of(), SETTINGS));
        assertTrue(clash.getMessage().contains("#/components/schemas/Label"), clash.getMessage());
    }

    @Test
    void everyOperationSaysWhatTheGatewayAdds() throws Exception {
        ObjectNode doc = PlatformDocument.merge(Map.of("a", service("/a", "createA", "\"X\"")), List.of("b"), SETTINGS);
        assertEquals("https://sdmi.example.go.id", doc.at("/servers/0/url").asText());
        assertEquals("production", doc.at("/servers/0/description").asText());
        assertFalse(doc.at("/servers/0/x-internal").asBoolean(true));
        JsonNode responses = doc.at("/paths/~1a/post/responses");
        for (String status : List.of("401", "413", "429", "502", "503", "504")) {
            assertEquals("#/components/schemas/Problem",
                    responses.at("/" + status + "/content/application~1problem+json/schema/$ref").asText(), status);
        }
        assertEquals("#/components/headers/Retry-After", responses.at("/429/headers/Retry-After/$ref").asText());
        assertEquals("#/components/headers/X-RateLimit-Limit", responses.at("/200/headers/X-RateLimit-Limit/$ref").asText());
        assertEquals("oauth2", doc.at("/components/securitySchemes/SecurityScheme/type").asText());
        assertEquals("https://sso.example.go.id/realms/sdmi/protocol/openid-connect/token",
                doc.at("/components/securitySchemes/SecurityScheme/flows/clientCredentials/tokenUrl").asText());
        assertTrue(doc.at("/info/description").asText().contains("not listed: b"));
    }
}
