package id.sdmi.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI shape of a {@link Page}, for naming: a feature declares its page as
 * {@code @Schema(name = "FrameworkPage") class FrameworkPage extends PageSchema<FrameworkView> {}} and answers
 * with {@code @Content(schema = @Schema(implementation = FrameworkPage.class))}, so that a generated client has a
 * {@code FrameworkPage} type instead of one named after the generic record.
 */
public abstract class PageSchema<T> {

    /** The largest count a JSON number holds exactly (2^53 - 1), the bound of every count the platform answers. */
    public static final String COUNT_MAX = "9007199254740991";

    @Schema(required = true, maxItems = PageRequest.MAX_SIZE, description = "The items of this page")
    public List<T> items;

    @Schema(required = true, minimum = "0", maximum = "" + PageRequest.MAX_PAGE, description = "The page number, from 0")
    public int page;

    @Schema(required = true, minimum = "1", maximum = "" + PageRequest.MAX_SIZE, description = "Items per page")
    public int size;

    @Schema(required = true, minimum = "0", maximum = COUNT_MAX, description = "Items in the whole list")
    public long total;
}
