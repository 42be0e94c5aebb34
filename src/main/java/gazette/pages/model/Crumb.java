package gazette.pages.model;

/** One step of a breadcrumb (Home › 2024 › March › 7). */
public record Crumb(String text, String url) {}
