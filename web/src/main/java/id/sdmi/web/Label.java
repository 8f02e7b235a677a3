package id.sdmi.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in Indonesian ({@code id}, required) and English ({@code en}). */
@Schema(description = "A text in Indonesian (id, required) and English (en)",
        example = "{\"id\": \"Hak-hak migran\", \"en\": \"Migrants' rights\"}")
public record Label(
        @NotBlank(message = "Indonesian text is required") @Size(max = 4000) String id,
        @Size(max = 4000) @Schema(nullable = true) String en) {
}
