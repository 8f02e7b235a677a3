package id.sdmi.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;

/** A problem as the bytes of an HTTP answer, for what answers below JAX-RS (Vert.x routes, the gateway's proxy). */
@ApplicationScoped
public class ProblemBodies {

    private final ObjectMapper mapper;

    public ProblemBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Buffer of(Problem problem) {
        try {
            return Buffer.buffer(mapper.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
