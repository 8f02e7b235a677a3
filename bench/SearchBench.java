import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load harness for the dataset search of data-catalog-service (GET /api/v1/datasets). JDK only:
 *
 * <pre>
 *   java bench/SearchBench.java &lt;baseUrl&gt; &lt;token&gt; [requests=3000] [concurrency=1] [warmup=500]
 * </pre>
 *
 * It warms the service up, then sends {@code requests} searches from {@code concurrency} threads, drawn from a
 * fixed, seeded mix: browse (no words) 10%, facets only (1-2 filters) 25%, one word 30%, two words 20%, words and
 * a facet 15%. The words come from the vocabularies of bench/dataset-search.sql (keep the two in step), the
 * common ones more often (Zipf); producer and topic values from the catalog's own facets. The same seed gives the
 * same searches at every concurrency. Every answer must be 200 with a "total"; any other is an error, and any
 * error makes the exit status 1. It prints, per class and overall, the latency percentiles (System.nanoTime around
 * each request), the mean number of matches and the throughput, and a last line starting with RESULT for scripts.
 *
 * Keycloak's access tokens live five minutes. When SEARCHBENCH_TOKEN_URL (the token endpoint) and
 * SEARCHBENCH_TOKEN_FORM (the form of a password grant) are set, the harness fetches a new token itself before
 * the old one expires, outside the timed part; otherwise a long run fails on 401s.
 */
public class SearchBench {

    static final long SEED = 20250601L;

    // ---------------------------------------------------------------------------------------------- vocabularies

    /** One-word searches, most searched first (drawn Zipf by rank): subjects, places, kinds, years, countries. */
    static final String[] WORDS = {
        "remitansi", "pengungsi", "migran", "penempatan", "wisatawan", "pekerja", "refugees", "remittances",
        "kepulangan", "trafficking", "perlintasan", "diaspora", "malaysia", "deportasi", "migrant", "transmigrasi",
        "placements", "visitors", "statistik", "survei", "suaka", "penduduk", "sensus", "perdagangan", "taiwan",
        "papua", "reintegrasi", "pengaduan", "asylum", "smuggling", "penyelundupan", "visa", "returns", "paspor",
        "workers", "population", "census", "complaints", "upah", "wages", "kematian", "deaths", "perempuan", "women",
        "anak", "children", "mahasiswa", "students", "kesehatan", "health", "bencana", "displacement", "pelatihan",
        "training", "pewarganegaraan", "naturalisation", "jawa", "aceh", "bali", "lampung", "kalimantan", "sulawesi",
        "sumatera", "banten", "jakarta", "nusa", "maluku", "2024", "2023", "2020", "2019", "2015", "2010", "2000",
        "1995", "registrasi", "register", "laporan", "report", "profil", "indikator", "indicators", "buletin",
        "seluler", "mobile", "kapal", "fishing", "hong", "korea", "jepang", "japan", "arab", "afghanistan", "myanmar",
        "tiongkok", "china", "tka", "bp2mi", "imigrasi", "data", "provinsi", "dan"};

    /** Two-word searches as people type them (websearch syntax: also quoted phrases and "or"). */
    static final String[] PHRASES = {
        "pekerja migran", "migrant workers", "perdagangan orang", "human trafficking", "tenaga kerja asing",
        "foreign workers", "wisatawan mancanegara", "border crossings", "pencari suaka", "asylum seekers",
        "jawa tengah", "jawa timur", "nusa tenggara", "izin tinggal", "residence permits", "migrasi internal",
        "internal migration", "diaspora indonesia", "\"pekerja migran\"", "remitansi or remittances",
        "pengungsi or refugees", "migrasi risen", "awak kapal", "dokumen perjalanan", "travel documents",
        "perlindungan wni", "citizens abroad", "penempatan malaysia", "remitansi malaysia", "pengungsi afghanistan",
        "\"kabupaten cilacap\"", "data seluler", "mobile phone", "negara tujuan", "destination country",
        "jenis kelamin", "kelompok umur", "hong kong", "arab saudi", "korea selatan"};

    /** Second words for subject + place/year/country searches. */
    static final String[] QUALIFIERS = {
        "2024", "2023", "2022", "2021", "2020", "2019", "2018", "2015", "2010", "jawa", "tengah", "timur", "barat",
        "aceh", "bali", "papua", "lampung", "kalimantan", "sulawesi", "riau", "malaysia", "taiwan", "hong", "arab",
        "singapura", "korea", "jepang", "perempuan", "women", "provinsi", "kabupaten", "bulan", "month", "sex",
        "negara", "country"};

    static final String[] GCM_OBJECTIVES_BY_USE = {
        "1", "23", "6", "7", "10", "21", "2", "3", "5", "17", "11", "20", "4", "8", "9", "12", "13", "14", "15", "16",
        "18", "19", "22"};
    static final String[] MGI_DOMAINS = {"D1", "D2", "D3", "D4", "D5", "D6"};
    static final String[] SOURCE_TYPES_BY_USE = {"ADMINISTRATIVE", "SURVEY", "CENSUS", "REGISTER", "BIG_DATA", "OTHER"};
    static final String[] ACCESS_BY_USE = {"OPEN", "RESTRICTED", "CLOSED"};
    static final String[] DISAGGREGATIONS_BY_USE = {
        "SEX", "AGE", "PROVINCE", "COUNTRY", "REGENCY", "EDUCATION", "OCCUPATION", "SECTOR", "URBAN_RURAL",
        "MIGRATION_STATUS", "DISABILITY"};
    static final String[] LEVELS_BY_USE = {"PROVINCE", "NATIONAL", "REGENCY", "DISTRICT", "VILLAGE"};
    static final String[] STATUSES_BY_USE = {"PUBLISHED", "RETIRED"};

    /** Facet filters and how often people use each (relative). */
    static final String[] FACETS = {
        "producer", "topic", "gcmObjective", "mgiDomain", "sourceType", "access", "disaggregation", "geographicLevel",
        "status"};
    static final int[] FACET_WEIGHTS = {25, 20, 10, 8, 10, 7, 10, 7, 3};

    static final String[] CLASSES = {"browse", "facets", "word", "words", "word+facet"};
    static final int[] CLASS_PERCENT = {10, 25, 30, 20, 15};

    // ---------------------------------------------------------------------------------------------- state

    record Query(int cls, String path) {
    }

    record Outcome(long nanos, long total, String error) {
    }

    final String base;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    volatile String token;
    volatile long tokenExpires;
    final String tokenUrl = System.getenv("SEARCHBENCH_TOKEN_URL");
    final String tokenForm = System.getenv("SEARCHBENCH_TOKEN_FORM");
    String[] producers = {};
    String[] topics = {};

    SearchBench(String base, String token) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        setToken(token);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 5) {
            System.err.println("usage: java bench/SearchBench.java <baseUrl> <token> [requests=3000] [concurrency=1] [warmup=500]");
            System.exit(2);
        }
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        if (requests < 1 || concurrency < 1 || warmup < 0) {
            System.err.println("requests and concurrency must be positive, warmup not negative");
            System.exit(2);
        }
        try {
            System.exit(new SearchBench(args[0], args[1]).run(requests, concurrency, warmup));
        } catch (IllegalStateException | java.io.IOException e) {
            System.err.println("error: " + (e instanceof IllegalStateException ? e.getMessage() : e.toString()));
            System.exit(1);
        }
    }

    int run(int requests, int concurrency, int warmup) throws Exception {
        loadFacetValues();
        // the measured searches do not depend on the warm-up: the same at every concurrency and warm-up length
        List<Query> warm = mix(new Random(SEED + 1), warmup);
        List<Query> measured = mix(new Random(SEED), requests);

        System.out.printf(Locale.ROOT, "%s: %d producers, %d topics in the catalog; warm-up %d, then %d searches at concurrency %d%n",
                base, producers.length, topics.length, warmup, requests, concurrency);
        Outcome[] warmOutcomes = execute(warm, concurrency);
        int warmErrors = report(warm, warmOutcomes, "warm-up");
        if (warmErrors > 0) {
            System.out.printf("warm-up: %d of %d searches failed%n", warmErrors, warmup);
        }
        long began = System.nanoTime();
        Outcome[] outcomes = execute(measured, concurrency);
        double seconds = (System.nanoTime() - began) / 1e9;
        int errors = report(measured, outcomes, "measured");
        table(measured, outcomes, seconds, concurrency);
        if (errors + warmErrors > 0) {
            System.out.printf("FAILED: %d errors (%d in the warm-up)%n", errors + warmErrors, warmErrors);
            return 1;
        }
        return 0;
    }

    // ---------------------------------------------------------------------------------------------- the mix

    /** Producer and topic values as the catalog's facets list them, most datasets first. */
    void loadFacetValues() throws Exception {
        HttpResponse<String> answer = get("/api/v1/datasets?size=1");
        if (answer.statusCode() != 200 || !answer.body().contains("\"total\"")) {
            throw new IllegalStateException("GET /api/v1/datasets?size=1 answered " + answer.statusCode() + ": "
                    + snippet(answer.body()));
        }
        producers = facetValues(answer.body(), "producer");
        topics = facetValues(answer.body(), "topic");
        if (producers.length == 0 || topics.length == 0) {
            throw new IllegalStateException("the catalog has no published datasets to search (no producer or topic facets): "
                    + snippet(answer.body()));
        }
    }

    /** The keys of {"facets":{..., "name":{"A":3,"B":1}, ...}} in order. */
    static String[] facetValues(String json, String name) {
        int facets = json.indexOf("\"facets\"");
        Matcher object = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\\{([^{}]*)\\}")
                .matcher(json.substring(Math.max(facets, 0)));
        if (facets < 0 || !object.find()) {
            return new String[0];
        }
        List<String> keys = new ArrayList<>();
        Matcher key = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:").matcher(object.group(1));
        while (key.find()) {
            keys.add(key.group(1));
        }
        return keys.toArray(String[]::new);
    }

    List<Query> mix(Random random, int n) {
        List<Query> queries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int cls = weighted(random, CLASS_PERCENT);
            Map<String, String> params = new LinkedHashMap<>();
            switch (cls) {
                case 0 -> { // browse: the newest or recently updated or by title, sometimes a later page
                    double r = random.nextDouble();
                    if (r < 0.25) {
                        params.put("sort", "-updated");
                    } else if (r < 0.40) {
                        params.put("sort", "title");
                    } else if (r < 0.55) {
                        params.put("sort", "-created");
                    }
                    page(random, params);
                }
                case 1 -> { // one or two facet filters
                    int first = weighted(random, FACET_WEIGHTS);
                    facet(random, first, params);
                    if (random.nextDouble() < 0.4) {
                        int second;
                        do {
                            second = weighted(random, FACET_WEIGHTS);
                        } while (second == first);
                        facet(random, second, params);
                    }
                    page(random, params);
                }
                case 2 -> params.put("q", zipf(random, WORDS, 0.9));
                case 3 -> params.put("q", random.nextDouble() < 0.5 ? zipf(random, PHRASES, 0.8)
                        : zipf(random, WORDS, 0.9) + " " + zipf(random, QUALIFIERS, 0.7));
                default -> { // words, then a facet to narrow them
                    params.put("q", random.nextDouble() < 0.7 ? zipf(random, WORDS, 0.9) : zipf(random, PHRASES, 0.8));
                    facet(random, weighted(random, FACET_WEIGHTS), params);
                }
            }
            if (cls >= 2) {
                page(random, params);
            }
            queries.add(new Query(cls, path(params)));
        }
        return queries;
    }

    /** Mostly the first page; now and then the second or a later one. */
    static void page(Random random, Map<String, String> params) {
        double r = random.nextDouble();
        if (r >= 0.85) {
            params.put("page", String.valueOf(r < 0.95 ? 1 : 2 + random.nextInt(3)));
        }
    }

    void facet(Random random, int facet, Map<String, String> params) {
        String name = FACETS[facet];
        String value = switch (name) {
            case "producer" -> zipf(random, producers, 1.0);
            case "topic" -> zipf(random, topics, 1.0);
            case "gcmObjective" -> zipf(random, GCM_OBJECTIVES_BY_USE, 0.8);
            case "mgiDomain" -> MGI_DOMAINS[random.nextInt(MGI_DOMAINS.length)];
            case "sourceType" -> zipf(random, SOURCE_TYPES_BY_USE, 1.0);
            case "access" -> zipf(random, ACCESS_BY_USE, 1.5);
            case "disaggregation" -> zipf(random, DISAGGREGATIONS_BY_USE, 1.0);
            case "geographicLevel" -> zipf(random, LEVELS_BY_USE, 1.0);
            default -> zipf(random, STATUSES_BY_USE, 1.5);
        };
        params.put(name, value);
    }

    /** An element drawn by rank r with a weight of 1 / r^s: the first ones most. */
    static String zipf(Random random, String[] values, double s) {
        double total = 0;
        for (int r = 1; r <= values.length; r++) {
            total += 1 / Math.pow(r, s);
        }
        double x = random.nextDouble() * total;
        for (int r = 1; r <= values.length; r++) {
            x -= 1 / Math.pow(r, s);
            if (x < 0) {
                return values[r - 1];
            }
        }
        return values[values.length - 1];
    }

    static int weighted(Random random, int[] weights) {
        int x = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static String path(Map<String, String> params) {
        StringBuilder path = new StringBuilder("/api/v1/datasets?size=20");
        params.forEach((k, v) -> path.append('&').append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
        return path.toString();
    }

    // ---------------------------------------------------------------------------------------------- running

    Outcome[] execute(List<Query> queries, int concurrency) throws InterruptedException {
        Outcome[] outcomes = new Outcome[queries.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int t = 0; t < concurrency; t++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < outcomes.length; i = next.getAndIncrement()) {
                    outcomes[i] = search(queries.get(i).path());
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.HOURS)) {
            throw new IllegalStateException("the searches did not finish in two hours");
        }
        return outcomes;
    }

    static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    Outcome search(String path) {
        try {
            refreshTokenIfDue();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
            long began = System.nanoTime();
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - began;
            if (answer.statusCode() != 200) {
                return new Outcome(nanos, -1, "HTTP " + answer.statusCode() + ": " + snippet(answer.body()));
            }
            Matcher total = TOTAL.matcher(answer.body());
            if (!total.find()) {
                return new Outcome(nanos, -1, "no \"total\" in the answer: " + snippet(answer.body()));
            }
            return new Outcome(nanos, Long.parseLong(total.group(1)), null);
        } catch (Exception e) {
            return new Outcome(0, -1, e.toString());
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        refreshTokenIfDue();
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---------------------------------------------------------------------------------------------- the token

    void setToken(String value) {
        token = value;
        tokenExpires = Long.MAX_VALUE;
        String[] parts = value.split("\\.");
        if (parts.length >= 2) {
            try {
                String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
                Matcher exp = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)").matcher(payload);
                if (exp.find()) {
                    tokenExpires = Long.parseLong(exp.group(1)) * 1000;
                }
            } catch (IllegalArgumentException notJwt) {
                // an opaque token: used as given
            }
        }
    }

    /** A new token a minute before the old one expires, when the harness knows where to ask. */
    void refreshTokenIfDue() throws Exception {
        if (tokenUrl == null || tokenForm == null || System.currentTimeMillis() < tokenExpires - 60_000) {
            return;
        }
        synchronized (this) {
            if (System.currentTimeMillis() < tokenExpires - 60_000) {
                return;
            }
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(tokenForm)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher access = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
            if (answer.statusCode() != 200 || !access.find()) {
                throw new IllegalStateException("could not renew the token at " + tokenUrl + ": HTTP " + answer.statusCode());
            }
            setToken(access.group(1));
        }
    }

    // ---------------------------------------------------------------------------------------------- reporting

    /** Prints the first errors; returns how many there were. */
    static int report(List<Query> queries, Outcome[] outcomes, String phase) {
        int errors = 0;
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i].error() != null) {
                if (++errors <= 10) {
                    System.err.printf("%s error: GET %s -> %s%n", phase, queries.get(i).path(), outcomes[i].error());
                }
            }
        }
        if (errors > 0 && outcomes.length > 0 && outcomes[outcomes.length - 1].error() != null
                && outcomes[outcomes.length - 1].error().startsWith("HTTP 401")) {
            System.err.println("401: the token expired or is wrong (Keycloak's live 5 minutes; set SEARCHBENCH_TOKEN_URL and"
                    + " SEARCHBENCH_TOKEN_FORM to let the harness renew it)");
        }
        return errors;
    }

    static void table(List<Query> queries, Outcome[] outcomes, double seconds, int concurrency) {
        System.out.printf("%n%-12s %6s %9s %9s %9s %9s %12s %7s%n", "class", "n", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "mean total", "empty");
        for (int c = 0; c < CLASSES.length; c++) {
            final int cls = c;
            row(CLASSES[c], queries, outcomes, i -> queries.get(i).cls() == cls);
        }
        double[] all = row("all", queries, outcomes, i -> true);
        int ok = (int) Arrays.stream(outcomes).filter(o -> o.error() == null).count();
        double throughput = ok / seconds;
        System.out.printf(Locale.ROOT, "%nthroughput: %.1f req/s (%d searches in %.1f s at concurrency %d)%n", throughput,
                outcomes.length, seconds, concurrency);
        slowest(queries, outcomes);
        System.out.printf(Locale.ROOT, "RESULT concurrency=%d requests=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f throughput=%.1f errors=%d%n",
                concurrency, outcomes.length, all[0], all[1], all[2], all[3], throughput, outcomes.length - ok);
    }

    /** One line of the table over the successful searches that pass; returns p50, p95, p99, max in ms. */
    static double[] row(String name, List<Query> queries, Outcome[] outcomes, java.util.function.IntPredicate which) {
        long[] nanos = java.util.stream.IntStream.range(0, outcomes.length)
                .filter(i -> which.test(i) && outcomes[i].error() == null).mapToLong(i -> outcomes[i].nanos()).sorted().toArray();
        long[] totals = java.util.stream.IntStream.range(0, outcomes.length)
                .filter(i -> which.test(i) && outcomes[i].error() == null).mapToLong(i -> outcomes[i].total()).toArray();
        if (nanos.length == 0) {
            System.out.printf("%-12s %6d%n", name, 0);
            return new double[] {0, 0, 0, 0};
        }
        double[] ms = {percentile(nanos, 0.50), percentile(nanos, 0.95), percentile(nanos, 0.99), nanos[nanos.length - 1] / 1e6};
        double meanTotal = Arrays.stream(totals).average().orElse(0);
        double empty = 100.0 * Arrays.stream(totals).filter(t -> t == 0).count() / totals.length;
        System.out.printf(Locale.ROOT, "%-12s %6d %9.1f %9.1f %9.1f %9.1f %12.0f %6.1f%%%n", name, nanos.length, ms[0], ms[1], ms[2],
                ms[3], meanTotal, empty);
        return ms;
    }

    /** Nearest rank, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static void slowest(List<Query> queries, Outcome[] outcomes) {
        Integer[] order = java.util.stream.IntStream.range(0, outcomes.length).filter(i -> outcomes[i].error() == null)
                .boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Long.compare(outcomes[b].nanos(), outcomes[a].nanos()));
        System.out.println("slowest:");
        for (int k = 0; k < Math.min(5, order.length); k++) {
            int i = order[k];
            System.out.printf(Locale.ROOT, "  %8.1f ms  %7d matches  %s%n", outcomes[i].nanos() / 1e6, outcomes[i].total(),
                    queries.get(i).path());
        }
    }

    static String snippet(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
