package id.sdmi.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error a service answers, as an RFC 9457 problem body. Bad input is a 4xx that names the field;
 * an unexpected failure is a 500 that names nothing internal (the log has the details).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** How long a caller waits before trying again while the database is away (a restart takes seconds). */
    private static final int UNAVAILABLE_RETRY_SECONDS = 5;
    /** Jackson's pointers into the source, which say nothing to a client that has the same line and column. */
    private static final Pattern SOURCE_NOISE = Pattern.compile("\\s*(\\(start marker at |at \\[Source).*$", Pattern.DOTALL);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper({StreamReadException.class, JsonParseException.class, JsonEOFException.class})
    public Response malformedJson(StreamReadException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return respond(Problem.of(ProblemType.MALFORMED_REQUEST, JsonSyntax.explain(e.getOriginalMessage()) + where), uri);
    }

    // Quarkus REST maps the more specific Jackson exceptions itself (an empty 400): name each one here
    @ServerExceptionMapper({JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, ValueInstantiationException.class, InvalidTypeIdException.class,
            InvalidNullException.class})
    public Response wrongJsonShape(JsonMappingException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read) {
                return malformedJson(read, uri);
            }
        }
        String field = jsonPath(e);
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException f && f.getTargetType() == String.class) {
            message = f.getOriginalMessage(); // text refused as such (StrictJson)
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "must be " + describe(m.getTargetType());
        } else {
            message = rootMessage(e);
        }
        if (field.isEmpty()) {
            return respond(Problem.of(ProblemType.MALFORMED_REQUEST, "the body does not have the expected shape: " + message), uri);
        }
        return respond(Problem.of(ProblemType.VALIDATION_FAILED, field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))), uri);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.MALFORMED_REQUEST, e.getOriginalMessage()), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        boolean ourFault = e.getConstraintViolations().stream().anyMatch(v -> kinds(v.getPropertyPath())
                .contains(ElementKind.RETURN_VALUE));
        if (ourFault) {
            return unexpected(e, uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(Problem.of(ProblemType.VALIDATION_FAILED, detail).withErrors(errors), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sdmi\"")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(ProblemType.UNAUTHENTICATED,
                        ProblemType.UNAUTHENTICATED_DETAIL)
                        .withInstance(uri.getPath()));
        return response.build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        // a service's own rule says why (another organisation's dataset, ...); the role check says nothing
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? "your roles do not allow this operation"
                : e.getMessage();
        return respond(Problem.of(ProblemType.FORBIDDEN, detail), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps what Jackson could not read into a 400: answer for the Jackson failure itself
        if (e.getCause() instanceof StreamReadException read) {
            return malformedJson(read, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return wrongJsonShape(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return otherJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemType.of("bad-request", "Bad request", status);
        };
        String detail = switch (status) {
            case 404 -> "no resource at " + uri.getPath();
            case 405 -> "this resource does not accept that method";
            case 406 -> "this resource cannot answer in the media type you accept";
            case 415 -> "send the body as application/json";
            default -> e.getMessage();
        };
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, detail).withInstance(uri.getPath()));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            response.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return response.build();
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isA(cause, "jakarta.persistence.OptimisticLockException", "org.hibernate.StaleStateException")) {
                return respond(Problem.of(ProblemType.CONFLICT, "another request changed it at the same moment and "
                        + "won; read it again and repeat your change"), uri);
            }
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return respond(Problem.of(ProblemType.CONFLICT, "another request created it at the same moment; "
                        + "read it again"), uri);
            }
            if (cause instanceof IllegalArgumentException bad && String.valueOf(bad.getMessage())
                    .startsWith("Failed to parse media type")) {
                return respond(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "the Content-Type header is not a media "
                        + "type (such as application/json or text/csv)"), uri);
            }
            if (databaseAway(cause)) {
                LOG.warnf("Database not reachable on %s: %s", uri.getPath(), cause.toString());
                return Response.fromResponse(respond(Problem.of(ProblemType.UNAVAILABLE, "the service cannot reach its "
                        + "database just now; nothing was changed: try again in a few seconds"), uri))
                        .header("Retry-After", UNAVAILABLE_RETRY_SECONDS).build();
            }
        }
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(Problem.of(ProblemType.INTERNAL, "the request failed on our side; it has been logged"), uri);
    }

    /** No connection to the database (SQL states 08: connection exceptions; 57P: the server shutting down). */
    private static boolean databaseAway(Throwable e) {
        if (isA(e, "org.hibernate.exception.JDBCConnectionException")) {
            return true;
        }
        if (e instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state != null && (state.startsWith("08") || state.startsWith("57P"))
                    || String.valueOf(sql.getMessage()).contains("Acquisition timeout");
        }
        return false;
    }

    /** Whether the exception is of a class (or a subclass of it) that web does not depend on, such as Hibernate's. */
    private static boolean isA(Throwable e, String... classNames) {
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            if (Arrays.asList(classNames).contains(type.getName())) {
                return true;
            }
        }
        return false;
    }

    static Response respond(Problem problem, UriInfo uri) {
        Problem body = problem.instance() == null ? problem.withInstance(uri.getPath()) : problem;
        return Response.status(body.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** The JSON path of the value Jackson could not take, e.g. {@code name.id} or {@code indicators[2]}. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The field of a violation as the client named it: {@code name.id}, {@code gcmObjectives[1]}, or a query parameter. */
    public static String fieldOf(ConstraintViolation<?> violation) {
        return fieldOf(violation.getPropertyPath());
    }

    public static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                // an element of a list: its index belongs to the list's name, e.g. gcmObjectives[1]
                case CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null && !names.isEmpty()) {
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                    }
                }
                default -> names.add(node.getIndex() != null && !names.isEmpty()
                        ? indexLast(names, node.getIndex(), node.getName()) : node.getName());
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", names);
    }

    /** A property reached through a list element (Bean Validation puts the index on the next node). */
    private static String indexLast(List<String> names, int index, String name) {
        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + index + "]");
        return name;
    }

    private static List<ElementKind> kinds(Path path) {
        List<ElementKind> kinds = new ArrayList<>();
        path.forEach(n -> kinds.add(n.getKind()));
        return kinds;
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        return "an object";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(root.getMessage());
        return SOURCE_NOISE.matcher(message).replaceAll("");
    }
}
