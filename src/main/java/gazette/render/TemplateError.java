package gazette.render;

/** A template that does not parse or fails while filling a page: names the template and line. */
public final class TemplateError extends RuntimeException {
    public TemplateError(String message) {
        super(message, null, false, false);
    }
}
