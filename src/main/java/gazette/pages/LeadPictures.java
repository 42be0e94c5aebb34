package gazette.pages;

import gazette.pages.model.Photo;
import gazette.pictures.Pictures;
import gazette.read.Article;
import gazette.read.NewsFields;
import gazette.read.PictureRefs;
import gazette.render.PictureMarkup;
import java.util.List;

/**
 * An article's lead picture: its {@code image:} when that names a picture beside the article, with
 * {@code caption:}, {@code credit:} and {@code image_alt:} from the front matter.
 */
final class LeadPictures {
    private final Pictures pictures;
    private final String root;

    LeadPictures(Pictures pictures, String root) {
        this.pictures = pictures;
        this.root = root;
    }

    /** The published picture, or null when the article has none beside it (a URL or a site path is no such picture). */
    Pictures.Published of(Article a, NewsFields f) {
        if (a.format() == Article.Format.TEXT) {
            // a scraped article names no lead: its first picture is the one it was published with
            List<Pictures.Published> own = pictures.ofText(a.file());
            return own.isEmpty() ? null : own.get(0);
        }
        String written = f.image() == null ? null : PictureRefs.local(f.image().strip());
        if (written == null) return null;
        String path = PictureRefs.resolve(a.file(), written);
        return path == null ? null : pictures.get(path);
    }

    /** True when {@code image:} names a picture beside the article (published or not), not a URL or a site path. */
    boolean isLocal(NewsFields f) {
        return f.image() != null && PictureRefs.local(f.image().strip()) != null;
    }

    Photo photo(Article a, Pictures.Published p) {
        String caption = text(a, "caption");
        String alt = text(a, "image_alt");
        return new Photo(root + p.fallback().path(), p.srcset(p.mainType(), root), p.srcset("webp", root), PictureMarkup.SIZES, p.info().width(),
                p.info().height(), alt != null ? alt : caption != null ? caption : a.title(), caption, text(a, "credit"),
                p.original() == null ? null : root + p.original());
    }

    /** How wide a listing shows its thumbnails (the theme's .teaser .thumb). */
    static final String THUMBNAIL_SIZES = "6rem";

    /** Small, for a listing: the browser takes the narrowest width that is enough (240 pixels on most screens). */
    Photo thumbnail(Pictures.Published p) {
        Pictures.Variant smallest = p.of(p.mainType()).get(0);
        return new Photo(root + smallest.path(), p.srcset(p.mainType(), root), p.srcset("webp", root), THUMBNAIL_SIZES, p.info().width(),
                p.info().height(), "", null, null, null);
    }

    private static String text(Article a, String key) {
        Object v = a.params().get(key);
        return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v).strip();
    }
}
