package id.sdmi.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.validation.Invalid;
import org.openapitools.codegen.validation.ValidationResult;
import org.openapitools.codegen.validations.oas.OpenApiEvaluator;
import org.openapitools.codegen.validations.oas.RuleConfiguration;

/**
 * What {@code openapi-generator validate --recommend} says of the committed platform document, the SDK's source:
 * nothing — no parse message, no error, and no recommendation (an unused model, a schema without a type, ...).
 */
class GeneratorValidationTest {

    @Test
    void theGeneratorFindsNothingToSayOfThePlatformDocument() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        // a file path, as `validate -i platform.json` is given one (a file: URI makes the parser inline references)
        SwaggerParseResult parsed = new OpenAPIParser().readLocation("src/main/openapi/platform.json", null, options);
        assertNotNull(parsed.getOpenAPI(), () -> "not parsed: " + parsed.getMessages());
        assertEquals(List.of(), parsed.getMessages(), "parser messages");

        RuleConfiguration rules = new RuleConfiguration();
        rules.setEnableRecommendations(true);
        ValidationResult result = new OpenApiEvaluator(rules).validate(parsed.getOpenAPI());
        assertEquals(List.of(), messages(result.getErrors()), "errors");
        assertEquals(List.of(), messages(result.getWarnings()), "recommendations (warnings)");
    }

    private static List<String> messages(List<Invalid> invalid) {
        return invalid.stream().map(i -> i.getMessage() + ": " + i.getDetails()).toList();
    }
}
