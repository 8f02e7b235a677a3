package id.sdmi.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/** Whether a paged list of the API holds an item, looked for on every page: a test database only grows. */
public final class Listing {

    private static final int SIZE = 500;

    private Listing() {
    }

    /** True when some page of the list at {@code path} has an item whose {@code field} is {@code value}. */
    public static boolean lists(Supplier<RequestSpecification> caller, String path, String field, Object value) {
        for (int page = 0; ; page++) {
            JsonPath body = caller.get().queryParam("page", page).queryParam("size", SIZE).get(path)
                    .then().statusCode(200).extract().jsonPath();
            if (body.getList("items." + field).contains(value)) {
                return true;
            }
            if ((long) (page + 1) * SIZE >= body.getLong("total")) {
                return false;
            }
        }
    }
}
