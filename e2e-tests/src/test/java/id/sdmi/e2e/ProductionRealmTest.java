package id.sdmi.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The realm meant for production (deploy/keycloak/sdmi-realm.json) holds no demo users, no password grant, no test
 * client and no secret, and every client issues tokens for the API; the local stack adds those from its overlay.
 */
class ProductionRealmTest {

    @Test
    void theProductionRealmHasNothingOfTheLocalStack() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Platform.ROOT.resolve("deploy/keycloak/sdmi-realm.json").toFile());
        assertTrue(realm.path("users").isMissingNode() || realm.path("users").isEmpty(), "no users");
        List<String> clients = new ArrayList<>();
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            clients.add(id);
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), id + ": no password grant");
            String secret = client.path("secret").asText("");
            assertTrue(secret.isEmpty() || secret.matches("\\$\\{[A-Z_]+}"), id + ": a secret comes from the environment");
            boolean audience = false;
            for (JsonNode mapper : client.path("protocolMappers")) {
                audience |= mapper.path("protocolMapper").asText().equals("oidc-audience-mapper")
                        && mapper.path("config").path("included.custom.audience").asText().equals("sdmi-api");
            }
            assertTrue(audience, id + ": its tokens name the API as their audience");
        }
        assertEquals(List.of("sdmi-dashboard", "bps-pipeline"), clients);
    }
}
