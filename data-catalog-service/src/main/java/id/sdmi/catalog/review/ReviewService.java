package id.sdmi.catalog.review;

import id.sdmi.catalog.dataset.DatasetService;
import id.sdmi.catalog.dataset.Dataset;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.catalog.Caller;
import id.sdmi.catalog.review.ReviewRecords.DatasetRef;
import id.sdmi.catalog.review.ReviewRecords.Quality;
import id.sdmi.catalog.review.ReviewRecords.Relevance;
import id.sdmi.catalog.review.ReviewRecords.ReviewInput;
import id.sdmi.catalog.review.ReviewRecords.ReviewView;
import id.sdmi.web.ETags;
import id.sdmi.web.Label;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
import id.sdmi.web.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** NSDR review findings: what a review of a published dataset found, kept and listed per dataset or producer. */
@ApplicationScoped
public class ReviewService {

    public Page<ReviewView> list(UUID datasetId, String producer, PageRequest page) {
        Sort newest = Sort.by("reviewedOn").descending().and("createdAt").descending();
        PanacheQuery<Review> query;
        if (datasetId != null) {
            query = Review.find("datasetId", newest, datasetId);
        } else if (producer != null) {
            query = Review.find("datasetId in (select d.id from Dataset d where d.producer = ?1)", newest, producer);
        } else {
            query = Review.findAll(newest);
        }
        List<Review> reviews = query.page(page.page, page.size).list();
        Map<UUID, Dataset> datasets = Dataset.<Dataset>list("id in ?1", reviews.stream().map(r -> r.datasetId).toList())
                .stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
        return Page.of(reviews, page, query.count(), r -> view(r, datasets.get(r.datasetId)));
    }

    public Review get(UUID id) {
        return Review.<Review>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("review " + id));
    }

    @Transactional
    public Review create(ReviewInput input, Caller caller) {
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.datasetId = reviewable(input, caller).id;
        review.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(review, input, caller);
        review.persistAndFlush();
        return review;
    }

    @Transactional
    public Review update(UUID id, ReviewInput input, String ifMatch, Caller caller) {
        Review review = get(id);
        ETags.check(ifMatch, ETags.of(review.id, review.rowVersion), "review " + id);
        if (!review.datasetId.equals(input.datasetId())) {
            throw ProblemException.invalid("datasetId", "must stay " + review.datasetId + ": a review keeps its dataset");
        }
        reviewable(input, caller);
        apply(review, input, caller);
        review.persistAndFlush();
        return review;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Review review = get(id);
        ETags.check(ifMatch, ETags.of(review.id, review.rowVersion), "review " + id);
        review.delete();
    }

    /** The NSDR reviews the published data sources (and may revisit retired ones); the day is not in the future. */
    private static Dataset reviewable(ReviewInput input, Caller caller) {
        // a dataset the caller may not see is answered as one that does not exist: drafts are not probed this way
        Dataset dataset = Dataset.<Dataset>findByIdOptional(input.datasetId())
                .filter(d -> DatasetService.sees(caller, d.status, d.producer))
                .orElseThrow(() -> ProblemException.unprocessable("datasetId",
                        "no dataset " + input.datasetId() + " is in the catalog"));
        if (dataset.status != Status.PUBLISHED && dataset.status != Status.RETIRED) {
            throw ProblemException.conflict("dataset " + dataset.id + " is " + dataset.status
                    + ": the NSDR reviews published datasets");
        }
        if (input.reviewedOn().isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw ProblemException.unprocessable("reviewedOn", "is in the future");
        }
        return dataset;
    }

    private static void apply(Review review, ReviewInput input, Caller caller) {
        review.reviewedOn = input.reviewedOn();
        review.reviewer = caller.name();
        review.reviewerOrg = caller.org();
        review.relevantObjectives = distinct(input.relevance().gcmObjectives()).stream().sorted().toArray(Integer[]::new);
        review.relevantDomains = distinct(input.relevance().mgiDomains()).stream().sorted().toArray(String[]::new);
        review.relevanceNote = input.relevance().note();
        review.timeliness = input.quality().timeliness();
        review.coverage = input.quality().coverage();
        review.disaggregation = input.quality().disaggregation();
        review.accessibility = input.quality().accessibility();
        review.qualityNote = input.quality().note();
        review.gaps = distinct(input.gaps()).toArray(String[]::new);
        review.recommendations = distinct(input.recommendations()).toArray(String[]::new);
        review.summary = input.summary();
        review.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }

    public static ReviewView view(Review r, Dataset d) {
        return new ReviewView(r.id, d == null ? null : new DatasetRef(d.id, new Label(d.titleId, d.titleEn), d.producer),
                r.reviewedOn, r.reviewer, r.reviewerOrg,
                new Relevance(Arrays.asList(r.relevantObjectives), Arrays.asList(r.relevantDomains), r.relevanceNote),
                new Quality(r.timeliness, r.coverage, r.disaggregation, r.accessibility, r.qualityNote),
                Arrays.asList(r.gaps), Arrays.asList(r.recommendations), r.summary, r.createdAt, r.updatedAt);
    }

    public static ReviewView view(Review r) {
        return view(r, Dataset.findById(r.datasetId));
    }
}
