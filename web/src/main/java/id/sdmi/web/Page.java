package id.sdmi.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "page": 0, "size": 50, "total": 123}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The requested page of a list that is small enough to hold whole (a framework's versions, a version's domains). */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        return new Page<>(all.stream().skip(request.offset()).limit(request.size).toList(), request.page, request.size,
                all.size());
    }

    public static <E, T> Page<T> of(List<E> items, PageRequest request, long total, Function<E, T> view) {
        return new Page<>(items.stream().map(view).toList(), request.page, request.size, total);
    }
}
