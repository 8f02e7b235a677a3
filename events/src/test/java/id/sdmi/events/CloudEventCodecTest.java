package id.sdmi.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.sdmi.events.indicator.FrameworkCreated;
import id.sdmi.events.indicator.IndicatorCatalogEvents;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CloudEventCodecTest {

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final CloudEventCodec CODEC = new CloudEventCodec(MAPPER);
    static final FrameworkCreated CREATED = new FrameworkCreated("MGI-LOCAL", "PROVINCE",
            new Label("Indikator Tata Kelola Migrasi Lokal", "Local Migration Governance Indicators"), null);

    @Test
    void anEnvelopeRoundTripsWithItsData() throws Exception {
        CloudEvent event = CODEC.envelope(IndicatorCatalogEvents.FRAMEWORK_CREATED, "/sdmi/indicator-service",
                "MGI-LOCAL", CREATED);
        String json = CODEC.write(event);
        JsonNode tree = MAPPER.readTree(json);
        assertEquals("1.0", tree.get("specversion").asText());
        assertEquals("sdmi.indicator.framework.created.v1", tree.get("type").asText());
        assertEquals("MGI-LOCAL", tree.get("subject").asText());
        assertTrue(tree.get("time").asText().endsWith("Z"), "time is an RFC 3339 timestamp: " + tree.get("time"));

        CloudEvent read = CODEC.read(json);
        assertEquals(event.id(), read.id());
        assertEquals(CREATED, CODEC.data(read, IndicatorCatalogEvents.FRAMEWORK_CREATED));
    }

    @Test
    void readersIgnoreFieldsTheyDoNotKnow() {
        String json = """
                {"specversion":"1.0","id":"e1","source":"/x","type":"sdmi.indicator.framework.created.v1",
                 "newattribute":"x","data":{"code":"C1","level":"NATIONAL","name":{"id":"n"},"addedLater":true}}""";
        assertEquals("C1", CODEC.data(CODEC.read(json), IndicatorCatalogEvents.FRAMEWORK_CREATED).code());
    }

    @Test
    void somethingThatIsNotACloudEventIsMalformed() {
        assertThrows(MalformedEventException.class, () -> CODEC.read("not json"));
        assertThrows(MalformedEventException.class, () -> CODEC.read("{\"id\":\"e1\",\"type\":\"t\"}"));
        assertThrows(MalformedEventException.class, () -> CODEC.read(
                "{\"specversion\":\"0.3\",\"id\":\"e1\",\"source\":\"/x\",\"type\":\"t\"}"));
    }

    @Test
    void dataIsOnlyReadAsTheContractOfItsType() {
        CloudEvent other = new CloudEvent("1.0", "e1", "/x", "sdmi.other.thing.v1", null, null, null,
                MAPPER.createObjectNode());
        assertThrows(IllegalArgumentException.class, () -> CODEC.data(other, IndicatorCatalogEvents.FRAMEWORK_CREATED));
    }

    @Test
    void theDataOfEveryContractFitsItsPublishedJsonSchema() throws Exception {
        EventType<FrameworkCreated> type = IndicatorCatalogEvents.FRAMEWORK_CREATED;
        try (InputStream schemaText = getClass().getClassLoader().getResourceAsStream(type.schemaResource())) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText);
            Set<ValidationMessage> valid = schema.validate(MAPPER.valueToTree(CREATED));
            assertTrue(valid.isEmpty(), valid.toString());
            Set<ValidationMessage> invalid = schema.validate(MAPPER.valueToTree(
                    new FrameworkCreated("mgi local", "GLOBAL", new Label("", null), null)));
            assertEquals(3, invalid.size(), invalid.toString());
        }
    }
}
