package id.sdmi.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON the platform refuses as the caller's mistake (400) instead of failing on later: a key given twice in one object
 * (which value was meant?), and text with the NUL character U+0000, which no PostgreSQL text can hold.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("sdmi-strict-text").addDeserializer(String.class, new NoNul()));
    }

    /** Jackson's own string reading, refusing U+0000. */
    static final class NoNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, NUL_MESSAGE, text, String.class);
            }
            return text;
        }
    }
}
