package id.sdmi.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A client generated for an operation whose success has no body (a DELETE, a PUT of a highlight) accepts only what
 * its error answers are, {@code application/problem+json}; such an Accept must not make the operation itself a 406.
 * It is read as "anything": a bodiless success is unaffected, every error is a problem body anyway, and an operation
 * with a body answers its usual representation, which RFC 9110 (12.5.1) allows instead of 406.
 */
public class ProblemOnlyAccept {

    @ServerRequestFilter(preMatching = true)
    public void acceptAnythingForProblemsOnly(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && !accept.isBlank() && Arrays.stream(accept.split(","))
                .map(type -> type.split(";")[0].trim())
                .allMatch(Problem.MEDIA_TYPE::equalsIgnoreCase)) {
            request.getHeaders().remove(HttpHeaders.ACCEPT);
        }
    }
}
