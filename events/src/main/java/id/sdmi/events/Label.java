package id.sdmi.events;

/** A text in Indonesian ({@code id}, required) and English ({@code en}), as events carry it. */
public record Label(String id, String en) {
}
