package gazette.pages;

import gazette.fingerprint.ValuePrint;
import gazette.index.Archive;
import gazette.index.Links;
import gazette.index.Paths;
import gazette.index.TagPage;
import gazette.pages.model.Deferred;
import gazette.fingerprint.Fingerprinted;
import gazette.pages.model.Teaser;
import gazette.read.Article;
import gazette.fingerprint.Hasher;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntUnaryOperator;

/**
 * Articles as listings show them. A teaser is made when a template reads it; its fingerprint is
 * made once a build, from the teaser itself, and a listing's fingerprint from its teasers'.
 */
final class Teasers {
    private final Archive archive;
    private final Links links;
    private final DateText dates;
    private final ValuePrint print;
    private final Teaser.TagLink[] tagLinks;
    private final Teaser.Link[] sectionLinks;
    private final ConcurrentHashMap<LocalDate, Teaser.Link> dayLinks = new ConcurrentHashMap<>();
    /** 0 until computed (a real fingerprint of 0 is only computed again); pages read it from many threads. */
    private final AtomicLongArray prints;

    private final LeadPictures leads;
    private final java.time.ZoneId zone;
    /**
     * Teasers made this build, by article: a listing shows each article on several pages (its
     * day, month, section, tags), and a teaser is the same on all of them. Slot i % length, so a
     * larger archive shares slots and makes a teaser again when another took its slot. Threads
     * race on a slot harmlessly: a slot holds an immutable record, and a lost one is made again.
     */
    private final Made[] made;

    /** Article {@code article}'s teaser. */
    private record Made(int article, Teaser teaser) {}

    /** Every article's teaser is kept up to this many articles: about 45 MB when all are made (more with thumbnails). */
    static final int MOST_KEPT = 1 << 17;
    /**
     * A larger archive keeps this many, about 5 MB, so that a million articles ask little more of
     * the heap. Pages are made a kind at a time, so a slot is mostly taken again before the next
     * kind lists its article: these serve an article page's neighbours more than its listings.
     */
    static final int KEPT_WHEN_LARGER = 1 << 14;

    Teasers(Archive archive, Links links, DateText dates, ValuePrint print, LeadPictures leads, java.time.ZoneId zone) {
        this(archive, links, dates, print, leads, zone, archive.size() <= MOST_KEPT ? MOST_KEPT : KEPT_WHEN_LARGER);
    }

    /** As above, with at most {@code slots} teasers kept. */
    Teasers(Archive archive, Links links, DateText dates, ValuePrint print, LeadPictures leads, java.time.ZoneId zone, int slots) {
        this.leads = leads;
        this.zone = zone;
        this.archive = archive;
        this.links = links;
        this.dates = dates;
        this.print = print;
        List<TagPage> tags = archive.tags();
        this.tagLinks = new Teaser.TagLink[tags.size()];
        for (int t = 0; t < tagLinks.length; t++) tagLinks[t] = new Teaser.TagLink(tags.get(t).tag().name(), links.link(tags.get(t).path()));
        this.prints = new AtomicLongArray(archive.size());
        this.made = new Made[Math.max(1, Math.min(archive.size(), slots))];
        List<gazette.index.Section> sections = archive.sections();
        this.sectionLinks = new Teaser.Link[sections.size()];
        for (int s = 0; s < sectionLinks.length; s++) sectionLinks[s] = new Teaser.Link(links.link(sections.get(s).path()), sections.get(s).name());
    }

    Teaser of(int i) {
        int slot = i % made.length;
        Made m = made[slot];
        if (m != null && m.article == i) return m.teaser;
        Teaser t = make(i);
        made[slot] = new Made(i, t);
        return t;
    }

    private Teaser make(int i) {
        Article a = archive.article(i);
        ZonedDateTime when = dates.published(a);
        int[] ids = archive.tagIds(i);
        Teaser.TagLink[] tags = new Teaser.TagLink[ids.length];
        for (int k = 0; k < ids.length; k++) tags[k] = tagLinks[ids[k]];
        return new Teaser(a.title(), links.link(archive.path(i)), DateText.iso(when, a.timed()), dates.text(when, a.timed()),
                a.timed(), day(when.toLocalDate()), a.authors(), a.source(), a.summary(), List.of(tags), thumbnail(a), section(i));
    }

    private gazette.pages.model.Photo thumbnail(Article a) {
        gazette.pictures.Pictures.Published lead = lead(a);
        return lead == null ? null : leads.thumbnail(lead);
    }

    /** The article's lead picture, published, or null. */
    gazette.pictures.Pictures.Published lead(Article a) {
        // a Markdown article's lead picture is always among its pictures: most articles end here
        if (a.pictures().isEmpty() && a.format() == Article.Format.MARKDOWN) return null;
        return leads.of(a, gazette.read.NewsFields.of(a, zone));
    }

    /** Article i's section: its front's link and its name; null when it has none. */
    Teaser.Link section(int i) {
        int s = archive.sectionId(i);
        return s < 0 ? null : sectionLinks[s];
    }

    /** The day's link and its text for people. */
    Teaser.Link day(LocalDate day) {
        Teaser.Link known = dayLinks.get(day); // the common case, without computeIfAbsent's lock on the bin
        return known != null ? known : dayLinks.computeIfAbsent(day, d -> new Teaser.Link(links.link(Paths.day(d)), dates.day(d)));
    }

    long print(int i) {
        long p = prints.get(i);
        if (p == 0) {
            // two threads may both compute it: the same value
            p = print.of(of(i));
            prints.set(i, p);
        }
        return p;
    }

    /** Article i's teaser, made when read. */
    Deferred<Teaser> later(int i) {
        return new Later<>(() -> of(i), print(i));
    }

    /** The teasers of articles {@code at(from)} to {@code at(to - 1)}. */
    List<Teaser> list(IntUnaryOperator at, int from, int to) {
        return new TeaserList(at, from, to);
    }

    List<Teaser> list(int[] positions) {
        return list(k -> positions[k], 0, positions.length);
    }

    /** A listing's teasers, each made when a template reads it. */
    private final class TeaserList extends AbstractList<Teaser> implements RandomAccess, Fingerprinted {
        private final IntUnaryOperator at;
        private final int from;
        private final int to;

        TeaserList(IntUnaryOperator at, int from, int to) {
            this.at = at;
            this.from = from;
            this.to = to;
        }

        @Override
        public Teaser get(int k) {
            if (k < 0 || k >= size()) throw new IndexOutOfBoundsException(k);
            return of(at.applyAsInt(from + k));
        }

        @Override
        public int size() {
            return to - from;
        }

        @Override
        public long fingerprint() {
            Hasher h = new Hasher().add(size());
            for (int k = from; k < to; k++) h.add(print(at.applyAsInt(k)));
            return h.get();
        }
    }
}
