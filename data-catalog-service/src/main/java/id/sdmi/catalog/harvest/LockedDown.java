package id.sdmi.catalog.harvest;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;

/**
 * How untrusted RDF is parsed: a JSON-LD document's remote contexts are never fetched (a source could otherwise
 * make the service call any address). Jena's RDF/XML parser does not resolve external entities.
 */
final class LockedDown {

    static final Context CONTEXT = new Context();

    static {
        JsonLdOptions options = new JsonLdOptions((url, loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "a harvest does not fetch the remote "
                    + "JSON-LD context " + url + "; the catalog must carry its context inline");
        });
        CONTEXT.set(LangJSONLD11.JSONLD_OPTIONS, options);
    }

    private LockedDown() {
    }
}
