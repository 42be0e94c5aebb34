package gazette.read;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * An article's metadata: everything the index and the listings need, and nothing of the body.
 * A million of these stay in memory, so the body is read again, from {@link #file}, when its page is rendered.
 *
 * @param file       path of the source file relative to the content folder, with '/' separators
 * @param format     how the source file is written
 * @param title      the headline, as plain text
 * @param published  when it was published
 * @param timed      false when the source gave only a date (then the time of day is not shown)
 * @param offset     the UTC offset the source wrote its date-time with, or null: a site that names no
 *                   time zone tells the article's day and time in it
 * @param slug       the requested slug (from front matter or the title), already a safe path segment
 * @param tags       tag names as written (interned: a few thousand distinct strings serve a million articles)
 * @param authors    author names, possibly empty
 * @param source     the agency or desk, or null
 * @param summary    plain-text summary, or null
 * @param url        the original address of a scraped article, or null
 * @param editor     the editor named by a scraped article, or null
 * @param draft      true for an unfinished article, published only with --drafts
 * @param params     front matter keys Gazette does not know, kept for templates (empty map when none)
 * @param body       a fingerprint of the body's text, 0 for an empty body: two articles with the same
 *                   body are the same story published twice
 * @param pictures   the pictures beside the article that its body shows, in order (empty list when none)
 */
public record Article(
        String file,
        Format format,
        String title,
        Instant published,
        boolean timed,
        ZoneOffset offset,
        String slug,
        List<String> tags,
        List<String> authors,
        String source,
        String summary,
        String url,
        String editor,
        boolean draft,
        Map<String, Object> params,
        long body,
        List<PictureRef> pictures) {

    public enum Format { MARKDOWN, TEXT }

    /** An article that shows no picture. */
    public Article(String file, Format format, String title, Instant published, boolean timed, ZoneOffset offset, String slug,
                   List<String> tags, List<String> authors, String source, String summary, String url, String editor, boolean draft,
                   Map<String, Object> params, long body) {
        this(file, format, title, published, timed, offset, slug, tags, authors, source, summary, url, editor, draft, params, body, List.of());
    }

    /** An article whose date was written without an offset (or whose offset does not matter). */
    public Article(String file, Format format, String title, Instant published, boolean timed, String slug, List<String> tags,
                   List<String> authors, String source, String summary, String url, String editor, boolean draft, Map<String, Object> params) {
        this(file, format, title, published, timed, null, slug, tags, authors, source, summary, url, editor, draft, params, 0);
    }

    /** This article with another body fingerprint: equal to {@code other} but for the body when {@code withBody(other.body())} equals it. */
    public Article withBody(long body) {
        return new Article(file, format, title, published, timed, offset, slug, tags, authors, source, summary, url, editor, draft, params, body, pictures);
    }
}
