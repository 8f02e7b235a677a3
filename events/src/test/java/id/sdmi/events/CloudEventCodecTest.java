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
import id.sdmi.web.Label;
import com.networknt.schema.ValidationMessage;
import id.sdmi.events.assessment.AnswerRecorded;
import id.sdmi.events.assessment.AssessmentEvents;
import id.sdmi.events.assessment.AssessmentPublished;
import id.sdmi.events.assessment.AssessmentStatusChanged;
import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.events.indicator.CatalogRetired;
import id.sdmi.events.indicator.FrameworkCreated;
import id.sdmi.events.catalog.DatasetEvents;
import id.sdmi.events.catalog.DatasetSummary;
import id.sdmi.events.indicator.IndicatorCatalogEvents;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
                MAPPER.createObjectNode(), null);
        assertThrows(IllegalArgumentException.class, () -> CODEC.data(other, IndicatorCatalogEvents.FRAMEWORK_CREATED));
    }

    static JsonSchema schemaOf(EventType<?> type) throws Exception {
        try (InputStream schemaText = CloudEventCodecTest.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText);
        }
    }

    static void assertFits(EventType<?> type, Object data) throws Exception {
        Set<ValidationMessage> problems = schemaOf(type).validate(MAPPER.valueToTree(data));
        assertTrue(problems.isEmpty(), type.name() + ": " + problems);
    }

    @Test
    void theDataOfEveryContractFitsItsPublishedJsonSchema() throws Exception {
        assertFits(IndicatorCatalogEvents.FRAMEWORK_CREATED, CREATED);
        assertEquals(3, schemaOf(IndicatorCatalogEvents.FRAMEWORK_CREATED).validate(MAPPER.valueToTree(
                new FrameworkCreated("mgi local", "GLOBAL", new Label("", null), null))).size());

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CatalogPublished published = new CatalogPublished("MGI-LOCAL", "PROVINCE", "2023", now,
                List.of(new CatalogPublished.Domain("D1", 1, new Label("Hak-hak migran", "Migrants' rights"))),
                List.of(new CatalogPublished.Indicator("1.1", "D1", 1, new Label("Teks", null), List.of(15, 16),
                        List.of("10.7"))));
        assertFits(IndicatorCatalogEvents.CATALOG_PUBLISHED, published);
        assertEquals(1, schemaOf(IndicatorCatalogEvents.CATALOG_PUBLISHED).validate(MAPPER.valueToTree(
                new CatalogPublished("MGI-LOCAL", "PROVINCE", "2023", now, List.of(), List.of()))).size(),
                "a published catalog has indicators");
        assertFits(IndicatorCatalogEvents.CATALOG_RETIRED, new CatalogRetired("MGI-LOCAL", "2023", now));

        AssessmentPublished assessment = new AssessmentPublished("a1", new Label("MGI Lokal Jawa Tengah", null),
                "MGI-LOCAL", "2023", new AssessmentPublished.Scope("PROVINCE", "33"), now,
                List.of("7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10"));
        assertFits(AssessmentEvents.PUBLISHED, assessment);
        assertEquals(2, schemaOf(AssessmentEvents.PUBLISHED).validate(MAPPER.valueToTree(new AssessmentPublished("a1",
                new Label("X", null), "MGI-LOCAL", "2023", new AssessmentPublished.Scope("CITY", "333"), now,
                List.of()))).size(), "an unknown level and a bad region code");
        assertFits(AssessmentEvents.STATUS_CHANGED, new AssessmentStatusChanged("a1", "MGI-LOCAL", "2023",
                new AssessmentPublished.Scope("PROVINCE", "33"), null, "PLANNED", "coordinator", now));
        assertEquals(1, schemaOf(AssessmentEvents.STATUS_CHANGED).validate(MAPPER.valueToTree(new AssessmentStatusChanged(
                "a1", "MGI-LOCAL", "2023", new AssessmentPublished.Scope("NATIONAL", null), "PLANNED", "DONE",
                "coordinator", now))).size(), "an unknown status");
        assertFits(AssessmentEvents.ANSWER_RECORDED, new AnswerRecorded("a1", "1.1", "PARTIAL", "assessor-kemnaker",
                "KEMNAKER", now, List.of("7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10")));
        assertEquals(1, schemaOf(AssessmentEvents.ANSWER_RECORDED).validate(MAPPER.valueToTree(new AnswerRecorded("a1",
                "1.1", "MAYBE", "x", null, now, List.of()))).size(), "MAYBE is not a value");
    }

    /** A sample of each event type's data that fits its schema; a new event type needs one here. */
    static final Map<EventType<?>, Object> SAMPLES = Map.of(
            IndicatorCatalogEvents.FRAMEWORK_CREATED, CREATED,
            IndicatorCatalogEvents.CATALOG_RETIRED, new CatalogRetired("MGI-LOCAL", "2023", OffsetDateTime.now(ZoneOffset.UTC)),
            AssessmentEvents.STATUS_CHANGED, new AssessmentStatusChanged("a1", "MGI-LOCAL", "2023",
                    new AssessmentPublished.Scope("PROVINCE", "33"), null, "PLANNED", "coordinator",
                    OffsetDateTime.now(ZoneOffset.UTC)),
            DatasetEvents.PUBLISHED, dataset("PUBLISHED"),
            DatasetEvents.CHANGED, dataset("PUBLISHED"),
            DatasetEvents.RETIRED, dataset("RETIRED"));

    static DatasetSummary dataset(String status) {
        return new DatasetSummary("7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10", status, "BPS",
                new Label("Survei Angkatan Kerja Nasional", "National Labour Force Survey"), "SURVEY", "SEMIANNUAL",
                List.of(1, 6), List.of("D4"), List.of("SEX", "AGE"), "OPEN");
    }

    /**
     * Every event type the library declares (found in its index, not listed by hand) has a schema that parses and that
     * a sample of its data fits, and every schema shipped belongs to a type: a forgotten schema or sample fails here.
     */
    @Test
    void everyEventTypeFoundHasItsSchemaAndEverySchemaItsType() throws Exception {
        Set<EventType<?>> found = new HashSet<>();
        try (InputStream index = getClass().getClassLoader().getResourceAsStream("META-INF/jandex.idx")) {
            for (ClassInfo type : new IndexReader(index).read().getKnownClasses()) {
                for (Field field : Class.forName(type.name().toString()).getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class) {
                        field.setAccessible(true);
                        found.add((EventType<?>) field.get(null));
                    }
                }
            }
        }
        assertEquals(9, found.size(), "the event types of the contract: " + found);
        for (EventType<?> type : found) {
            assertTrue(type.dataClass().isRecord(), type.name());
            Object sample = SAMPLES.get(type);
            if (sample == null) {
                // covered by its own test above, with the cases its schema must refuse
                assertTrue(Set.of(IndicatorCatalogEvents.CATALOG_PUBLISHED, AssessmentEvents.PUBLISHED,
                        AssessmentEvents.ANSWER_RECORDED).contains(type), "no sample of " + type.name());
                continue;
            }
            assertFits(type, sample);
        }
        URI schemas = getClass().getClassLoader().getResource("schemas").toURI();
        Set<String> shipped;
        try (Stream<Path> files = Files.list(Path.of(schemas))) {
            shipped = files.map(file -> "schemas/" + file.getFileName()).collect(Collectors.toSet());
        }
        assertEquals(found.stream().map(EventType::schemaResource).collect(Collectors.toSet()), shipped,
                "one schema per event type");
    }
}
