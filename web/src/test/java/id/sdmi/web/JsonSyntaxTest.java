package id.sdmi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonSyntaxTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static String said(String body) {
        JsonProcessingException refused = assertThrows(JsonProcessingException.class, () -> JSON.readTree(body));
        return JsonSyntax.explain(refused.getOriginalMessage());
    }

    @Test
    void theParsersWordsBecomeTheCallers() {
        assertEquals("not valid JSON: text and field names are in double quotes, not single", said("{'code':1}"));
        assertEquals("not valid JSON: JSON has no comments", said("{\"a\":1 /* note */}"));
        assertEquals("not valid JSON: the field 'code' is given twice", said("{\"code\":1,\"code\":2}"));
        assertEquals("not valid JSON: a field name in double quotes was expected", said("{code:1}"));
        assertEquals("not valid JSON: a comma between the Object entries was expected", said("{\"a\":1 \"b\":2}"));
        assertEquals("not valid JSON: 'yes' is not a JSON value (text is written in double quotes)", said("{\"a\":yes}"));
        assertEquals("not valid JSON: the body ends before the JSON does", said("{\"a\":{\"b\":1}"));
        assertEquals("not valid JSON: a value was expected, not the end of a list or object (a comma too many?)",
                said("[1,2,]"));
    }

    @Test
    void aMessageNotKnownSaysOnlyThatItIsNotJson() {
        assertEquals("not valid JSON", JsonSyntax.explain("Some future parser message (code 99)"));
    }
}
