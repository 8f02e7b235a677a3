package id.sdmi.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A path or query parameter with the NUL character ({@code %00}) names nothing the platform can store or find (no
 * PostgreSQL text holds U+0000): 400 saying so, before any resource or database sees it.
 */
public class NoNulInUri {

    @ServerRequestFilter(preMatching = true)
    public Response refuseNul(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().indexOf('\u0000') >= 0) {
            return refuse(request, "path", StrictJson.NUL_MESSAGE);
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value.indexOf('\u0000') >= 0)) {
                String name = parameter.getKey().replace("\u0000", "%00");
                return refuse(request, name, StrictJson.NUL_MESSAGE);
            }
        }
        return null;
    }

    private static Response refuse(ContainerRequestContext request, String field, String message) {
        Problem problem = Problem.of(ProblemType.VALIDATION_FAILED, field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message)))
                .withInstance(request.getUriInfo().getRequestUri().getRawPath());
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
