package id.sdmi.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.client.ApiClient;
import id.sdmi.client.ApiException;
import id.sdmi.client.api.AssessmentsApi;
import id.sdmi.client.api.CatalogVersionsApi;
import id.sdmi.client.api.CoverageApi;
import id.sdmi.client.api.DatasetsApi;
import id.sdmi.client.api.DcatApi;
import id.sdmi.client.api.DomainsApi;
import id.sdmi.client.api.FrameworksApi;
import id.sdmi.client.api.IndicatorSearchApi;
import id.sdmi.client.api.IndicatorsApi;
import id.sdmi.client.api.ReportsApi;
import id.sdmi.client.api.RoutineReportingApi;
import id.sdmi.client.model.Assessment;
import id.sdmi.client.model.AssessmentInput;
import id.sdmi.client.model.AssessmentScope;
import id.sdmi.client.model.AssessmentScopeLevel;
import id.sdmi.client.model.AssessmentStatus;
import id.sdmi.client.model.AssessmentSummary;
import id.sdmi.client.model.AssessmentTransition;
import id.sdmi.client.model.CatalogVersion;
import id.sdmi.client.model.Coverage;
import id.sdmi.client.model.Dataset;
import id.sdmi.client.model.DatasetAccess;
import id.sdmi.client.model.DatasetDisaggregation;
import id.sdmi.client.model.DatasetGeographicLevel;
import id.sdmi.client.model.DatasetHistoryEntry;
import id.sdmi.client.model.DatasetInput;
import id.sdmi.client.model.DatasetPeriodicity;
import id.sdmi.client.model.DatasetSearchPage;
import id.sdmi.client.model.DatasetSourceType;
import id.sdmi.client.model.DatasetStatus;
import id.sdmi.client.model.DcatDocument;
import id.sdmi.client.model.DomainInput;
import id.sdmi.client.model.Framework;
import id.sdmi.client.model.FrameworkLevel;
import id.sdmi.client.model.FrameworkPage;
import id.sdmi.client.model.Indicator;
import id.sdmi.client.model.IndicatorHitPage;
import id.sdmi.client.model.IndicatorInput;
import id.sdmi.client.model.IndicatorPage;
import id.sdmi.client.model.Label;
import id.sdmi.client.model.NewCatalogVersion;
import id.sdmi.client.model.NewFramework;
import id.sdmi.client.model.Problem;
import id.sdmi.client.model.ReleaseInput;
import id.sdmi.client.model.ReleasePeriod;
import id.sdmi.client.model.ReleaseReport;
import id.sdmi.client.model.VersionDiff;
import id.sdmi.client.model.VersionStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The platform's three main flows through the Java SDK generated from its document, unchanged: every answer is a
 * typed value (enums of every status included), a refusal reads as the SDK's Problem, and the effects are checked
 * in the services' databases and, for events, in the service that consumes them.
 */
class SdkFlowsTest {

    /** A BPS pipeline: client credentials; frameworks, indicators, datasets with facets, coverage; a release. */
    @Test
    void aBpsPipelineReadsTheCatalogsAndTheNsdrAndRecordsARelease() throws ApiException {
        ApiClient bps = Sdk.pipeline();

        FrameworkPage frameworks = new FrameworksApi(bps).listFrameworks(0, 500);
        assertTrue(frameworks.getTotal() >= 2 && !frameworks.getItems().isEmpty(), "a page of frameworks");
        assertEquals(FrameworkLevel.NATIONAL, new FrameworksApi(bps).getFramework("MGI-NATIONAL").getLevel(),
                "the demo national framework");
        IndicatorPage national = new IndicatorsApi(bps).listIndicators("MGI-NATIONAL", "2023", null, 0, 500);
        assertEquals(98, national.getTotal(), "the national MGI catalog");
        assertEquals(98, national.getItems().size());
        IndicatorHitPage hits = new IndicatorSearchApi(bps).searchIndicators(null, "MGI-NATIONAL", 5, 0, null, 50);
        assertTrue(hits.getTotal() > 0 && hits.getItems().stream().allMatch(h -> h.getGcmObjectives().contains(5)),
                "indicators mapped to GCM objective 5");

        DatasetSearchPage bySex = new DatasetsApi(bps).searchDatasets(null, List.of(DatasetDisaggregation.SEX), null,
                null, null, null, 0, null, "pekerja migran", 20, null, null, List.of(DatasetStatus.PUBLISHED), null);
        assertTrue(bySex.getTotal() > 0);
        assertEquals(bySex.getTotal(), bySex.getFacets().getDisaggregation().get("SEX"), "every one is by sex");
        assertTrue(bySex.getItems().stream().allMatch(d -> d.getDisaggregations().contains(DatasetDisaggregation.SEX)));

        Coverage coverage = new CoverageApi(bps).getCoverage(null);
        assertEquals(23, coverage.getGcmObjectives().size());
        assertTrue(coverage.getGcmObjectiveGaps().contains("8"), "objective 8 has no demo dataset: " + coverage.getGcmObjectiveGaps());

        UUID sakernas = byIdentifier(bps, "bps-sakernas").getId();
        LocalDate releasedOn = LocalDate.of(2025, 11, 28);
        ReleasePeriod recorded = new RoutineReportingApi(bps).recordRelease(sakernas, "2025-S1",
                new ReleaseInput().releasedOn(releasedOn).url("https://www.bps.go.id/id/publication/sakernas-2025-s1"), null);
        assertEquals("2025-S1", recorded.getPeriod());
        assertEquals(releasedOn, recorded.getReleasedOn());
        assertNotNull(recorded.getStatus());
        ReleaseReport report = new RoutineReportingApi(bps).getDatasetReleases(sakernas, LocalDate.of(2026, 1, 31), 2025, 2025);
        assertEquals(DatasetPeriodicity.SEMIANNUAL, report.getPeriodicity());
        assertTrue(report.getPeriods().stream().anyMatch(p -> p.getPeriod().equals("2025-S1")
                && releasedOn.equals(p.getReleasedOn())));
        assertEquals(1, Platform.count("sdmi_catalog", "SELECT count(*) FROM dataset_release WHERE dataset_id = ? "
                + "AND period = '2025-S1' AND released_on = ? AND recorded_by = 'service-account-bps-pipeline'",
                sakernas, java.sql.Date.valueOf(releasedOn)));

        DcatDocument dcat = new DcatApi(Sdk.anonymous()).getDcatCatalog(null, 0, 5);
        assertTrue(dcat.getAtGraph().stream().anyMatch(node -> "dcat:Catalog".equals(node.get("@type"))),
                "the open DCAT catalog, without a token");
    }

    /** The Satu Data Indonesia flow: a steward drafts and submits, the walidata verifies and publishes. */
    @Test
    void aDatasetGoesFromDraftToPublishedAndAssessmentServiceLearnsIt() throws Exception {
        DatasetsApi steward = new DatasetsApi(Sdk.as("steward-bps"));
        DatasetsApi walidata = new DatasetsApi(Sdk.as("walidata"));
        String identifier = "bps-sdk-" + UUID.randomUUID().toString().substring(0, 8);
        DatasetInput input = new DatasetInput().identifier(identifier)
                .title(new Label().id("Survei migrasi tenaga kerja (uji SDK)").en("Labour migration survey (SDK test)"))
                .description(new Label().id("Dataset uji yang dibuat melalui SDK Java."))
                .producer("BPS").sourceType(DatasetSourceType.SURVEY).periodicity(DatasetPeriodicity.ANNUAL)
                .geographicLevel(DatasetGeographicLevel.PROVINCE).access(DatasetAccess.OPEN)
                .gcmObjectives(List.of(1, 6)).mgiDomains(List.of("D4"))
                .disaggregations(List.of(DatasetDisaggregation.SEX, DatasetDisaggregation.AGE));

        Dataset draft = steward.createDataset(input, UUID.randomUUID().toString());
        assertEquals(DatasetStatus.DRAFT, draft.getStatus());
        assertNull(draft.getDescription().getEn(), "an English text left out is null");
        Dataset submitted = steward.submitDataset(draft.getId(), null, null);
        assertEquals(DatasetStatus.SUBMITTED, submitted.getStatus());

        Problem twice = Sdk.problem(409, () -> steward.submitDataset(draft.getId(), null, null));
        assertEquals(409, twice.getStatus());
        assertTrue(twice.getDetail().contains("SUBMITTED"), twice.getDetail());
        Problem stranger = Sdk.problem(403, () -> new DatasetsApi(Sdk.as("steward-bp2mi")).createDataset(
                input.identifier(identifier + "-x"), null));
        assertNotNull(stranger.getType());

        Dataset verified = walidata.verifyDataset(draft.getId(), null, null);
        assertEquals(DatasetStatus.VERIFIED, verified.getStatus());
        Dataset published = walidata.publishDataset(draft.getId(), null, null);
        assertEquals(DatasetStatus.PUBLISHED, published.getStatus());

        List<DatasetHistoryEntry> history = steward.getDatasetHistory(draft.getId());
        assertEquals(List.of(DatasetStatus.DRAFT, DatasetStatus.SUBMITTED, DatasetStatus.VERIFIED, DatasetStatus.PUBLISHED),
                history.stream().map(DatasetHistoryEntry::getStatus).toList());
        assertEquals(1, Platform.count("sdmi_catalog", "SELECT count(*) FROM dataset WHERE id = ? AND status = 'PUBLISHED'",
                draft.getId()));
        Platform.await("assessment-service to learn the published dataset", Duration.ofSeconds(30),
                () -> Platform.count("sdmi_assessment", "SELECT count(*) FROM known_dataset WHERE id = ? "
                        + "AND status = 'PUBLISHED'", draft.getId()) == 1);

        String csv = steward.exportDatasets();
        assertTrue(csv.startsWith("id,status,producer,title_id"), "the CSV export, as text");
        assertTrue(csv.lines().anyMatch(line -> line.startsWith(draft.getId() + ",PUBLISHED,BPS,")), "it lists the dataset");
    }

    /** A catalog editor drafts a version with a domain and an indicator, publishes it, drafts the next and diffs. */
    @Test
    void anEditorBuildsACatalogVersionAndDiffsTheNext() throws Exception {
        ApiClient editor = Sdk.as("editor");
        String code = Platform.newCode("SDK");
        Framework framework = new FrameworksApi(editor).createFramework(new NewFramework().code(code)
                .level(FrameworkLevel.PROVINCE).name(new Label().id("Indikator uji SDK").en("SDK test indicators")), null);
        assertEquals(code, framework.getCode());
        assertNull(framework.getDescription());

        CatalogVersionsApi versions = new CatalogVersionsApi(editor);
        CatalogVersion draft = versions.createCatalogVersion(code, new NewCatalogVersion().version("2023"), null);
        assertEquals(VersionStatus.DRAFT, draft.getStatus());
        new DomainsApi(editor).createDomain(code, "2023", new DomainInput().code("D1").order(1)
                .name(new Label().id("Hak-hak migran").en("Migrants' rights")), null);
        IndicatorsApi indicators = new IndicatorsApi(editor);
        indicators.createIndicator(code, "2023", new IndicatorInput().code("1.1").domain("D1")
                .text(new Label().id("Apakah ada undang-undang perlindungan pekerja migran?")).gcmObjectives(List.of(6)), null);
        CatalogVersion published = versions.publishCatalogVersion(code, "2023", null, null);
        assertEquals(VersionStatus.PUBLISHED, published.getStatus());
        Problem locked = Sdk.problem(409, () -> indicators.deleteIndicator(code, "2023", "1.1", null));
        assertTrue(locked.getDetail().contains("PUBLISHED"), locked.getDetail());

        versions.createCatalogVersion(code, new NewCatalogVersion().version("2025").copyFrom("2023"), null);
        indicators.updateIndicator(code, "2025", "1.1", new IndicatorInput().code("1.1").domain("D1")
                .text(new Label().id("Apakah ada undang-undang perlindungan pekerja migran dan keluarganya?"))
                .gcmObjectives(List.of(6, 7)), null);
        indicators.createIndicator(code, "2025", new IndicatorInput().code("1.2").domain("D1")
                .text(new Label().id("Apakah ada layanan pengaduan bagi pekerja migran?")), null);
        VersionDiff diff = versions.diffCatalogVersions(code, "2023", "2025");
        assertEquals(List.of("1.2"), diff.getIndicators().getAdded().stream().map(Indicator::getCode).toList());
        assertEquals("1.1", diff.getIndicators().getChanged().get(0).getCode());
        assertEquals(2, Platform.count("sdmi_indicator", "SELECT count(*) FROM indicator i JOIN catalog_version v "
                + "ON v.id = i.version_id JOIN framework f ON f.id = v.framework_id WHERE f.code = ? AND v.version = '2025'",
                code), "two indicators in the draft");

        Problem invalid = Sdk.problem(400, () -> new FrameworksApi(editor).createFramework(
                new NewFramework().code("x").level(FrameworkLevel.NATIONAL).name(new Label().id("x")), null));
        assertEquals("code", invalid.getErrors().get(0).getField());
    }

    /** A coordinator plans an assessment, reads its summary (typed) and its report (text); a wrong move is a 409. */
    @Test
    void aCoordinatorPlansAnAssessmentAndReadsItsReport() throws ApiException {
        ApiClient coordinator = Sdk.as("coordinator");
        String title = "MGI Nasional uji SDK " + UUID.randomUUID().toString().substring(0, 8);
        Assessment planned = new AssessmentsApi(coordinator).createAssessment(new AssessmentInput()
                .framework("MGI-NATIONAL").version("2023").title(title)
                .scope(new AssessmentScope().level(AssessmentScopeLevel.NATIONAL)), null);
        assertEquals(AssessmentStatus.PLANNED, planned.getStatus());
        assertEquals(1, Platform.count("sdmi_assessment", "SELECT count(*) FROM assessment WHERE id = ? AND title = ?",
                planned.getId(), title));

        AssessmentSummary summary = new ReportsApi(coordinator).getAssessmentSummary(planned.getId());
        assertEquals(98, summary.getIndicators());
        assertEquals(0, summary.getAnswered());
        assertEquals(6, summary.getDomains().size());
        String report = new ReportsApi(coordinator).getAssessmentReport(planned.getId());
        assertTrue(report.startsWith("# ") && report.contains(title), "the report, as Markdown text:\n" + report);

        Problem skipped = Sdk.problem(409, () -> new AssessmentsApi(coordinator).moveAssessment(planned.getId(),
                new AssessmentTransition().to(AssessmentStatus.PUBLISHED), null, null));
        assertTrue(skipped.getUnmet() != null && !skipped.getUnmet().isEmpty(), "the unmet conditions are listed");
    }

    private static Dataset byIdentifier(ApiClient client, String identifier) throws ApiException {
        DatasetSearchPage page = new DatasetsApi(client).searchDatasets(null, null, null, null, identifier, null, 0, null,
                null, 1, null, null, null, null);
        assertEquals(1, page.getTotal(), identifier);
        return page.getItems().get(0);
    }
}
