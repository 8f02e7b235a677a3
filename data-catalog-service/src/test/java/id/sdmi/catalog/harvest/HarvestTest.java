package id.sdmi.catalog.harvest;

import static id.sdmi.catalog.dataset.DatasetWorkflowTest.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.catalog.dataset.Dataset;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.catalog.dataset.DatasetService;
import id.sdmi.catalog.release.ReleaseTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Harvesting in, against a producer's portal played by a small HTTP server on this machine (fixtures in
 * src/test/resources/harvest, written after CKAN's Action API and DCAT-AP), with the real database.
 */
@QuarkusTest
class HarvestTest {

    static Vertx vertx;
    static HttpServer portal;
    static String base;
    /** Which run of the CKAN fixtures the portal answers: "search" (first) or "search-second-run". */
    static final AtomicReference<String> RUN = new AtomicReference<>("search");

    @Inject
    HarvestJobs jobs;

    @Inject
    Harvester harvester;

    @Inject
    HarvestLease lease;

    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    URL self;

    String producer;

    @BeforeAll
    static void startPortal() throws Exception {
        vertx = Vertx.vertx();
        portal = vertx.createHttpServer().requestHandler(request -> {
            String path = request.path();
            String file = null;
            String type = "application/json";
            if (path.equals("/ckan/api/3/action/package_search")) {
                file = "ckan/" + RUN.get() + "-page-" + request.getParam("start", "0") + ".json";
            } else if (path.startsWith("/ckan/api/3/action/")) {
                file = "ckan/" + path.substring("/ckan/api/3/action/".length()) + ".json";
            } else if (path.startsWith("/dcat/")) {
                file = path.substring(1);
                type = "text/turtle";
            }
            String body = file == null ? null : fixture(file);
            if (body == null) {
                request.response().setStatusCode(404).end();
                return;
            }
            request.response().putHeader("Content-Type", type).end(body.replace("http://FIXTURE/", base + "/"));
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        base = "http://127.0.0.1:" + portal.actualPort();
    }

    @AfterAll
    static void stopPortal() {
        vertx.close();
    }

    static String fixture(String file) {
        try (InputStream in = HarvestTest.class.getClassLoader().getResourceAsStream("harvest/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void aProducerOfItsOwn() {
        RUN.set("search");
        // the test database keeps earlier runs' sources and jobs: none of them due or waiting
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE harvest_source SET next_run_at = NULL").executeUpdate();
            em.createNativeQuery("UPDATE harvest_job SET state = 'CANCELLED', finished_at = now() WHERE state = 'QUEUED'")
                    .executeUpdate();
        });
        producer = "HARVEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        as("admin").body("""
                {"code":"%s","name":{"id":"Dinas uji panen"},"type":"PROVINCIAL_OFFICE","sdiRole":"PRODUSEN_DATA","regionCode":"33"}"""
                .formatted(producer)).post("/api/v1/organizations").then().statusCode(201);
    }

    private String source(String kind, String url, boolean trusted) {
        return as("walidata").body(Map.of("organization", producer, "kind", kind, "url", url, "title", "Portal uji",
                "trusted", trusted)).post("/api/v1/harvest-sources").then().statusCode(201)
                .body("kind", equalTo(kind)).extract().path("id");
    }

    /** Runs the source now and waits for its job to finish; its report. */
    private JsonPath harvest(String source) {
        String job = as("walidata").post("/api/v1/harvest-sources/" + source + "/jobs").then().statusCode(202)
                .body("state", equalTo("QUEUED")).extract().path("id");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonPath report = as("viewer").get("/api/v1/harvest-jobs/" + job).then().statusCode(200).extract().jsonPath();
            String state = report.getString("state");
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return report;
            }
            sleep(200);
        }
        throw new AssertionError("job " + job + " did not finish in 60 s");
    }

    private List<Dataset> datasetsOf(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Dataset.<Dataset>list("producer = ?1 order by identifier", code));
    }

    private static void counts(JsonPath report, int created, int updated, int unchanged, int withdrawn, int failed) {
        assertEquals(List.of(created, updated, unchanged, withdrawn, failed), List.of(report.getInt("created"),
                report.getInt("updated"), report.getInt("unchanged"), report.getInt("withdrawn"), report.getInt("failed")),
                "created, updated, unchanged, withdrawn, failed: " + report.prettify());
    }

    @Test
    void aCkanSourceIsHarvestedPageByPageWithAnErrorPerBadRecordAndWhatIsGoneIsWithdrawn() {
        String source = source("CKAN", base + "/ckan", false);
        JsonPath first = harvest(source);
        assertEquals("SUCCEEDED", first.getString("state"), first.prettify());
        counts(first, 3, 0, 0, 0, 2);
        List<Map<String, String>> errors = first.getList("errors");
        assertTrue(errors.stream().anyMatch(e -> "title".equals(e.get("field")) && e.get("reason").contains("missing")));
        assertTrue(errors.stream().anyMatch(e -> e.get("field") != null && e.get("field").startsWith("tags[")
                && e.get("reason").contains("!!")), "the tag !!: " + errors);
        assertTrue(errors.stream().anyMatch(e -> "resources[0].url".equals(e.get("field"))
                && e.get("reason").contains("ftp://")), "the ftp resource: " + errors);
        List<Dataset> harvested = datasetsOf(producer);
        assertEquals(3, harvested.size());
        String prefix = producer.toLowerCase() + "-";
        assertEquals(List.of(prefix + "pelatihan-calon-pmi-demo", prefix + "pencari-kerja-terdaftar-demo",
                prefix + "pmi-asal-kabupaten-demo"), harvested.stream().map(d -> d.identifier).toList());
        assertTrue(harvested.stream().allMatch(d -> d.status == Status.SUBMITTED), "untrusted: for the walidata");
        Dataset kabupaten = harvested.get(2);
        assertEquals("Pekerja Migran Asal Kabupaten menurut Negara Tujuan", kabupaten.titleId);
        assertEquals("cc-by", kabupaten.licenceId);
        assertEquals(List.of("pekerja-migran", "kabupaten"), List.of(kabupaten.topics));
        assertEquals(2021, kabupaten.temporalStart);
        assertEquals("data@disnaker.example", kabupaten.contactEmail);

        // the walidata publishes them; the source then drops one and retitles another
        for (Dataset d : harvested) {
            as("walidata").post("/api/v1/datasets/" + d.id + "/verify").then().statusCode(200);
            as("walidata").post("/api/v1/datasets/" + d.id + "/publish").then().statusCode(200);
        }
        RUN.set("search-second-run");
        JsonPath second = harvest(source);
        assertEquals("SUCCEEDED", second.getString("state"), second.prettify());
        counts(second, 0, 1, 1, 1, 2);
        List<Dataset> after = datasetsOf(producer);
        Dataset gone = after.stream().filter(d -> d.identifier.equals(prefix + "pencari-kerja-terdaftar-demo")).findFirst()
                .orElseThrow();
        assertEquals(Status.RETIRED, gone.status, "deleted at the source: withdrawn, not kept silently");
        as("admin").get("/api/v1/datasets/" + gone.id + "/history").then().statusCode(200)
                .body("find { it.action == 'WITHDRAWN' }.reasons[0]", containsString("no longer at " + base + "/ckan"));
        Dataset retitled = after.stream().filter(d -> d.identifier.equals(prefix + "pelatihan-calon-pmi-demo")).findFirst()
                .orElseThrow();
        assertTrue(retitled.titleId.startsWith("Peserta Pelatihan"), retitled.titleId);
        assertEquals(Status.PUBLISHED, retitled.status);

        // changed in the NSDR since: the source's version is not written over it, and the job says so
        String etag = as("admin").get("/api/v1/datasets/" + retitled.id).then().extract().header("ETag");
        String body = as("admin").get("/api/v1/datasets/" + retitled.id).then().extract().asString()
                .replace("Peserta Pelatihan", "Peserta pelatihan (dikoreksi)");
        as("admin").header("If-Match", etag).body(body).put("/api/v1/datasets/" + retitled.id).then().statusCode(200);
        RUN.set("search");
        JsonPath third = harvest(source);
        assertTrue(third.getList("errors.reason", String.class).stream()
                .anyMatch(r -> r.contains("changed in the NSDR since it was harvested")), third.prettify());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Dataset.<Dataset>findById(retitled.id).titleId)
                .contains("(dikoreksi)"), "not overwritten");
    }

    @Test
    void aPagedTurtleDcatSourceIsFollowedPageByPageAndALoopIsStopped() {
        JsonPath paged = harvest(source("DCAT", base + "/dcat/page1.ttl", true));
        assertEquals("SUCCEEDED", paged.getString("state"), paged.prettify());
        counts(paged, 3, 0, 0, 0, 0);
        List<Dataset> harvested = datasetsOf(producer);
        assertEquals(3, harvested.size(), "both pages");
        assertTrue(harvested.stream().allMatch(d -> d.status == Status.PUBLISHED), "a trusted source: published");
        Dataset first = harvested.stream().filter(d -> d.titleId.startsWith("Pekerja Migran Asal")).findFirst().orElseThrow();
        assertEquals("Migrant Workers from the Regency by Destination Country", first.titleEn);
        assertEquals("data@disnaker.example", first.contactEmail);
        assertEquals(2024, first.temporalEnd);

        as("admin").body("""
                {"code":"%s-L","name":{"id":"Dinas uji putaran"},"type":"AGENCY","sdiRole":"PRODUSEN_DATA"}"""
                .formatted(producer)).post("/api/v1/organizations").then().statusCode(201);
        String loopSource = as("walidata").body(Map.of("organization", producer + "-L", "kind", "DCAT", "url",
                base + "/dcat/loop1.ttl", "title", "Putaran")).post("/api/v1/harvest-sources").then().statusCode(201)
                .extract().path("id");
        JsonPath loop = harvest(loopSource);
        assertEquals("SUCCEEDED", loop.getString("state"));
        assertEquals(2, loop.getInt("created"), "each page once");
        assertTrue(loop.getString("message").contains("loop back"), loop.prettify());
        assertEquals("paging", loop.getString("errors[0].field"));
    }

    @Test
    void anUnreachableOrPrivateSourceFailsSayingWhyAndWithdrawsNothing() {
        JsonPath closed = harvest(source("CKAN", "http://127.0.0.1:1", false));
        assertEquals("FAILED", closed.getString("state"));
        assertTrue(closed.getString("message").contains("could not be reached"), closed.getString("message"));
        for (String address : List.of("http://10.1.2.3/catalog.ttl", "http://169.254.169.254/latest/meta-data/")) {
            JsonPath refused = harvest(source("DCAT", address, false));
            assertEquals("FAILED", refused.getString("state"));
            assertTrue(refused.getString("message").contains("private, loopback or reserved address"),
                    refused.getString("message"));
        }
        as("walidata").body(Map.of("organization", producer, "kind", "DCAT", "url", "file:///etc/passwd", "title", "x"))
                .post("/api/v1/harvest-sources").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"));
        as("steward-bps").body(Map.of("organization", producer, "kind", "DCAT", "url", base + "/dcat/page1.ttl",
                "title", "x")).post("/api/v1/harvest-sources").then().statusCode(403);
    }

    @Test
    void aSourceIsHarvestedOnItsSchedule() {
        String source = source("CKAN", base + "/ckan", false);
        // this source alone is due, and no other job waits (the test database keeps earlier runs' sources)
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE harvest_source SET next_run_at = CASE WHEN id = ?1 THEN now() - interval "
                    + "'1 minute' ELSE NULL END").setParameter(1, UUID.fromString(source)).executeUpdate();
            em.createNativeQuery("UPDATE harvest_job SET state = 'CANCELLED', finished_at = now() WHERE state = 'QUEUED'")
                    .executeUpdate();
        });
        jobs.enqueueDue();
        jobs.enqueueDue();
        as("viewer").get("/api/v1/harvest-sources/" + source + "/jobs").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].trigger", equalTo("SCHEDULE"))
                .body("items[0].requestedBy", equalTo("schedule"));
        as("viewer").get("/api/v1/harvest-sources/" + source).then()
                .body("nextRunAt", org.hamcrest.Matchers.notNullValue());
        java.time.OffsetDateTime next = QuarkusTransaction.requiringNew().call(
                () -> HarvestSource.<HarvestSource>findById(UUID.fromString(source)).nextRunAt);
        assertTrue(next.isAfter(java.time.OffsetDateTime.now().plusHours(23)), "the next run a day later: " + next);
        jobs.startWaiting();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline) && !List.of("SUCCEEDED", "FAILED").contains(as("viewer")
                .get("/api/v1/harvest-sources/" + source + "/jobs").then().extract().path("items[0].state"))) {
            sleep(200);
        }
        as("viewer").get("/api/v1/harvest-sources/" + source + "/jobs").then().body("items[0].state", equalTo("SUCCEEDED"))
                .body("items[0].created", equalTo(3));
    }

    @Test
    void aJobWhoseProcessDiedIsFoundAndMarkedFailed() {
        String source = source("CKAN", base + "/ckan", false);
        UUID job = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO harvest_job (id, source_id, trigger, state, requested_by, created_at, started_at,
                    heartbeat_at, runner) VALUES (?1, ?2, 'MANUAL', 'RUNNING', 'walidata', now() - interval '1 hour',
                    now() - interval '1 hour', now() - interval '10 minutes', 'harvester-gone')""")
                .setParameter(1, job).setParameter(2, UUID.fromString(source)).executeUpdate());
        assertTrue(jobs.sweep() >= 1);
        as("viewer").get("/api/v1/harvest-jobs/" + job).then().statusCode(200).body("state", equalTo("FAILED"))
                .body("message", containsString("harvester-gone")).body("finishedAt", org.hamcrest.Matchers.notNullValue());
        // and the source can be harvested again
        assertEquals("SUCCEEDED", harvest(source).getString("state"));
    }

    @Test
    void twoReplicasNeverHarvestOneSourceAtOnce() throws Exception {
        String source = source("CKAN", base + "/ckan", false);
        UUID job = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO harvest_job (id, source_id, trigger, state, requested_by, created_at)
                VALUES (?1, ?2, 'MANUAL', 'QUEUED', 'walidata', now())""")
                .setParameter(1, job).setParameter(2, UUID.fromString(source)).executeUpdate());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (String replica : List.of("replica-a", "replica-b")) {
            Callable<Boolean> claim = () -> {
                go.await();
                return jobs.claim(job, replica);
            };
            claims.add(replicas.submit(claim));
        }
        go.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        replicas.shutdown();
        assertEquals(1, won, "exactly one replica runs the job");
        String holder = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT holder FROM harvest_lease WHERE source_id = ?1").setParameter(1, UUID.fromString(source))
                .getSingleResult());
        String other = holder.equals("replica-a") ? "replica-b" : "replica-a";
        assertEquals(false, QuarkusTransaction.requiringNew().call(() -> lease.acquire(UUID.fromString(source), other)),
                "the lease stays with its holder while it lasts");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE harvest_lease SET expires_at = now() - interval '1 second' WHERE source_id = ?1")
                .setParameter(1, UUID.fromString(source)).executeUpdate());
        assertEquals(true, QuarkusTransaction.requiringNew().call(() -> lease.acquire(UUID.fromString(source), other)),
                "an expired lease (its holder died) is taken over");

        // the job, run by the winner, stops at once: its lease was lost
        harvester.run(job, holder);
        as("viewer").get("/api/v1/harvest-jobs/" + job).then().body("state", equalTo("CANCELLED"));
    }

    @Test
    void aJobIsCancelledWaitingOrRunning() {
        String source = source("CKAN", base + "/ckan", false);
        UUID waiting = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO harvest_job (id, source_id, trigger, state, requested_by, created_at)
                VALUES (?1, ?2, 'MANUAL', 'QUEUED', 'walidata', now())""")
                .setParameter(1, waiting).setParameter(2, UUID.fromString(source)).executeUpdate());
        as("walidata").post("/api/v1/harvest-jobs/" + waiting + "/cancel").then().statusCode(200)
                .body("state", equalTo("CANCELLED"));
        as("walidata").post("/api/v1/harvest-jobs/" + waiting + "/cancel").then().statusCode(409);

        UUID running = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO harvest_job (id, source_id, trigger, state, requested_by, created_at)
                VALUES (?1, ?2, 'MANUAL', 'QUEUED', 'walidata', now())""")
                .setParameter(1, running).setParameter(2, UUID.fromString(source)).executeUpdate());
        assertTrue(jobs.claim(running, "replica-c"));
        as("walidata").post("/api/v1/harvest-jobs/" + running + "/cancel").then().statusCode(200)
                .body("state", equalTo("RUNNING")).body("cancelRequested", equalTo(true));
        harvester.run(running, "replica-c");
        JsonPath report = as("viewer").get("/api/v1/harvest-jobs/" + running).then().extract().jsonPath();
        assertEquals("CANCELLED", report.getString("state"));
        assertEquals(0, report.getInt("created"), "stopped before its first record");
        assertEquals(0, datasetsOf(producer).size());
    }

    /** What the platform exports, harvested into another organisation's catalog, loses no field the mapping names. */
    @Test
    void aRoundTripThroughTheCkanApiAndTheDcatCatalogLosesNoMappedField() throws Exception {
        String since = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString();
        String exporter = producer;
        String body = """
                {"identifier":"%s-pulang-pergi","title":{"id":"Data pulang pergi","en":"Round-trip data"},
                "description":{"id":"Deskripsi pulang pergi","en":"Round-trip description"},"producer":"%s",
                "sourceType":"REGISTER","periodicity":"QUARTERLY","releaseLagDays":75,"topics":["labour-migration","returnees"],
                "gcmObjectives":[6,21],"mgiDomains":["D2","D4"],"temporalCoverage":{"start":2016,"end":null,"latest":2024},
                "geographicLevel":"REGENCY","regionCode":"33","disaggregations":["SEX","AGE","REGENCY"],"access":"RESTRICTED",
                "licence":"Atas permintaan resmi","licenceId":"other-closed",
                "contact":{"name":"Bidang Data","email":"data@example.go.id"},
                "distributions":[{"title":"Tabel","accessUrl":"https://example.go.id/tabel","downloadUrl":"https://example.go.id/tabel.xlsx",
                "format":"XLSX","mediaType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "description":"Tabel per kabupaten","availability":"STABLE"},
                {"title":"Halaman","accessUrl":"https://example.go.id/","format":"HTML","mediaType":"text/html",
                "description":"Halaman data","availability":"AVAILABLE"}]}"""
                .formatted(exporter.toLowerCase(), exporter);
        String original = ReleaseTest.publishAsAdmin(body);
        String self = this.self.toString().replaceAll("/$", "");

        for (String kind : List.of("CKAN", "DCAT")) {
            String importer = exporter + "-" + kind.charAt(0);
            as("admin").body("""
                    {"code":"%s","name":{"id":"Penerima"},"type":"AGENCY","sdiRole":"PRODUSEN_DATA"}""".formatted(importer))
                    .post("/api/v1/organizations").then().statusCode(201);
            Map<String, Object> registration = kind.equals("CKAN")
                    ? Map.of("organization", importer, "kind", kind, "url", self, "title", "NSDR",
                            "filter", "organization:" + exporter.toLowerCase())
                    : Map.of("organization", importer, "kind", kind, "url", self + "/api/v1/catalog.ttl?size=2&modified_since="
                            + java.net.URLEncoder.encode(since, StandardCharsets.UTF_8), "title", "NSDR");
            String source = as("walidata").body(registration).post("/api/v1/harvest-sources").then().statusCode(201)
                    .extract().path("id");
            JsonPath report = harvest(source);
            assertEquals("SUCCEEDED", report.getString("state"), report.prettify());
            assertEquals(1, report.getInt("created"), report.prettify());
            Dataset copy = datasetsOf(importer).get(0);
            var a = DatasetService.view(QuarkusTransaction.requiringNew().call(() -> Dataset.findById(UUID.fromString(original))));
            var b = DatasetService.view(copy);
            assertEquals(a.title(), b.title(), kind);
            assertEquals(a.description(), b.description(), kind);
            assertEquals(a.periodicity(), b.periodicity(), kind);
            assertEquals(a.topics().stream().sorted().toList(), b.topics().stream().sorted().toList(), kind);
            assertEquals(a.gcmObjectives(), b.gcmObjectives(), kind);
            assertEquals(a.mgiDomains(), b.mgiDomains(), kind);
            assertEquals(a.regionCode(), b.regionCode(), kind);
            assertEquals(a.access(), b.access(), kind);
            assertEquals(a.licence(), b.licence(), kind);
            assertEquals(a.licenceId(), b.licenceId(), kind);
            assertEquals(a.contact(), b.contact(), kind);
            assertEquals(a.temporalCoverage().start(), b.temporalCoverage().start(), kind);
            assertEquals(a.distributions(), b.distributions(), kind);
            if (kind.equals("CKAN")) {
                // CKAN's extras carry what DCAT has no term for
                assertEquals(a.temporalCoverage(), b.temporalCoverage());
                assertEquals(a.sourceType(), b.sourceType());
                assertEquals(a.releaseLagDays(), b.releaseLagDays());
                assertEquals(a.geographicLevel(), b.geographicLevel());
                assertEquals(a.disaggregations(), b.disaggregations());
            } else {
                // a running series' latest year is DCAT's end date
                assertEquals(a.temporalCoverage().latest(), b.temporalCoverage().end());
            }
            assertNotNull(copy.identifier);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
