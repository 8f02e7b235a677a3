package id.sdmi.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "page": 0, "size": 50, "total": 123}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <E, T> Page<T> of(List<E> items, PageRequest request, long total, Function<E, T> view) {
        return new Page<>(items.stream().map(view).toList(), request.page, request.size, total);
    }
}
