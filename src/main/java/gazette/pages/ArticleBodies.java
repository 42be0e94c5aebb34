package gazette.pages;

import java.io.IOException;

/** Article bodies as HTML, made when a page needs one (the render stage's). */
public interface ArticleBodies {
    /** The body of the article at {@code position} in the archive, for its page. */
    String html(int position) throws IOException;

    /** A fingerprint that changes whenever {@link #html} would: the source and the way it is rendered. */
    long print(int position);
}
