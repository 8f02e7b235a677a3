package id.sdmi.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** The answers of mutable resources: the representation with its ETag, and for a new one its Location. */
public final class Responses {

    private Responses() {
    }

    public static <T> RestResponse<T> ok(T body, EntityTag tag) {
        return RestResponse.ResponseBuilder.ok(body).tag(tag).build();
    }

    /** 201 with the new resource at {@code <request path>/<id>}. */
    public static <T> RestResponse<T> created(UriInfo uri, String id, T body, EntityTag tag) {
        return RestResponse.ResponseBuilder.<T>created(uri.getAbsolutePathBuilder().path(id).build())
                .entity(body).tag(tag).build();
    }
}
