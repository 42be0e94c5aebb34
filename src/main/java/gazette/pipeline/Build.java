package gazette.pipeline;

import gazette.incremental.AddressHistory;
import gazette.incremental.Incremental;
import gazette.incremental.KeptState;
import gazette.incremental.Unchanged;
import gazette.incremental.StateKey;
import gazette.index.Archive;
import gazette.index.Redirects;
import gazette.index.SameBodies;
import gazette.index.Sections;
import gazette.index.Related;
import gazette.read.Article;
import gazette.read.ContentException;
import gazette.pictures.PictureCache;
import gazette.pictures.Pictures;
import gazette.read.Problem;
import gazette.read.ContentReader;
import gazette.read.tags.TagDeriver;
import gazette.pages.Models;
import gazette.pages.PagePlan;
import gazette.render.ArchivePrints;
import gazette.render.Bodies;
import gazette.render.MarkdownRenderer;
import gazette.render.PagePrints;
import gazette.render.PlanPrint;
import gazette.render.SiteRenderer;
import gazette.render.TemplateError;
import gazette.render.KeptTemplates;
import gazette.render.Templates;
import gazette.render.ThemeFiles;
import gazette.site.Duplicates;
import gazette.site.Settings;
import gazette.site.SettingsFile;
import gazette.write.Assets;
import gazette.write.RedirectFiles;
import gazette.write.OutputFolder;
import gazette.write.OutputLock;
import gazette.incremental.PublishFailure;
import gazette.write.Published;
import gazette.write.Syndication;
import gazette.search.SearchIndex;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The pipeline, stage by stage: read the content, index the archive, render every page, and
 * write the site, which replaces the published one only when every stage succeeded.
 */
public final class Build {
    private final BuildOptions options;
    private final Map<String, Duration> stageTimes = new LinkedHashMap<>();
    private long stageStart;

    private final Progress progress;
    private final KeptState kept;
    private final KeptTemplates keptTemplates;
    private KeptArchive keptArchive;
    /** When the clock next changes this build's site. */
    private Instant nextEvent = ClockEvents.NEVER;
    private boolean afterChanges;
    private java.util.function.Consumer<List<String>> whenPublished;
    /** The most changed files a build lists for serve: beyond it, pages are told that everything changed. */
    static final int LISTED_AT_MOST = 1000;
    private RuntimeException tellingFailed;
    /** Files kept unchecked that were found changed by hand after publishing ({@link Incremental#trustKeptFiles}). */
    private List<String> changedByHand = List.of();

    public Build(BuildOptions options) {
        this(options, Progress.NONE);
    }

    public Build(BuildOptions options, Progress progress) {
        this(options, progress, null);
    }

    /**
     * A build in a process that builds into the same folder again and again ({@code serve}): the
     * state it saves is kept in {@code kept} for the next one, which need not read it back.
     */
    public Build(BuildOptions options, Progress progress, KeptState kept) {
        this(options, progress, kept, null);
    }

    /** As {@link #Build(BuildOptions, Progress, KeptState)}, with the parsed templates kept in {@code templates} too. */
    public Build(BuildOptions options, Progress progress, KeptState kept, KeptTemplates templates) {
        this.options = options;
        this.progress = progress;
        this.kept = kept;
        this.keptTemplates = templates;
    }

    /**
     * This build follows changes its caller saw happen (serve's watcher): the quick check that
     * nothing changed is not made, and leaves no record for the next. After a save the next
     * check would not trust one anyway (a file changed moments before a build began may change
     * again within one tick of its time); after a deletion, a move or a settings change it
     * would, so the next command-line build is a full one where it could have been the check.
     */
    public Build afterChanges() {
        afterChanges = true;
        return this;
    }

    /** Takes the archive from {@code kept} when this build's is the same, and keeps it there for the next ({@link KeptArchive}). */
    public Build keepingArchive(KeptArchive kept) {
        keptArchive = kept;
        return this;
    }

    /**
     * Tells {@code published} the files the build changed in the site ({@link OutputFolder#changedFiles}: none, or
     * null for more than {@value #LISTED_AT_MOST} or the site replaced whole) as soon as they are
     * in place, before the build state is saved: serve has open pages reload while the build
     * finishes. An incremental build publishes in two steps then ({@link OutputFolder#publishFirst}):
     * the pages and the rest of the site, told at once; then the search index, whose files are
     * told in a second call when any changed. Not called when the build published nothing (nothing changed), nor when it fails
     * before publishing. Called again by the second build that follows at once when a file kept
     * unchecked was found changed by hand ({@link Incremental#trustKeptFiles}), for the files
     * that one makes again; the report is then the second build's. The report lists the files of
     * both steps together; without {@code published}, none.
     */
    public Build whenPublished(java.util.function.Consumer<List<String>> published) {
        whenPublished = published;
        return this;
    }

    public BuildReport run() throws BuildFailure, IOException {
        BuildReport report;
        try {
            report = once();
            if (tellingFailed != null) throw tellingFailed;
        } catch (BuildFailure | IOException | RuntimeException e) {
            // failed after publishing: the files found changed by hand are made again all the same
            if (!changedByHand.isEmpty()) {
                try {
                    repair();
                } catch (BuildFailure | IOException | RuntimeException again) {
                    e.addSuppressed(again);
                }
            }
            throw e;
        }
        return changedByHand.isEmpty() ? report : repair();
    }

    /**
     * A file this build kept unchecked was deleted or edited by hand: a second build, which checks
     * every file first (the state was told it cannot vouch for its files), makes it again.
     */
    private BuildReport repair() throws BuildFailure, IOException {
        return new Build(options, progress, kept, keptTemplates).keepingArchive(keptArchive).afterChanges().whenPublished(whenPublished).run();
    }

    private BuildReport once() throws BuildFailure, IOException {
        long start = System.nanoTime();
        stageStart = start;
        Settings settings = settings();
        Instant now = BuildTime.now();
        String code = StateKey.of(settings);
        // the lock first: with it held, whatever a build left beside the folder is a dead build's
        try (OutputLock lock = OutputLock.acquire(options.out(), options.waitForOthers(), progress::notice)) {
            // nothing changed since the last build finished: its report, before an article is decoded
            String quickKey = code + " " + optionsKey();
            Unchanged.Check check = afterChanges ? null
                    : Unchanged.check(options.out(), quickKey, List.of(options.content(), options.templates()), now, !options.clean());
            if (check != null && check.report() != null) return SavedReport.decode(check.report(), Duration.ofNanos(System.nanoTime() - start));
            Unchanged.forget(options.out());
            Warmup.start(settings, options.templates());
            try (Incremental memory = Incremental.open(options.out(), code, options.clean(), gazette.write.Leftovers::recover, kept)) {
                // serve, after a change: the files kept from its last build are looked at after publishing, not before
                if (afterChanges) memory.trustKeptFiles();
                BuildReport report = run(settings, now, code, memory, PictureCache.beside(options.out(), options.clean()), start);
                if (check != null && SavedReport.savable(report)) memory.rememberUnchanged(quickKey, check.inputs(), now, nextEvent, SavedReport.encode(report));
                return report;
            }
        }
    }

    /** Each article's content file and its address now. */
    private static Map<String, String> addressesNow(Archive archive) {
        Map<String, String> now = new LinkedHashMap<>();
        for (int i = 0; i < archive.size(); i++) now.put(archive.article(i).file(), archive.path(i));
        return now;
    }

    /** The options that shape the site (the settings are in the state's key). */
    private String optionsKey() {
        return options.content().toAbsolutePath().normalize() + "\n" + options.templates().toAbsolutePath().normalize() + "\n" + options.drafts()
                + " " + options.future() + " " + options.keepGoing() + " " + options.link();
    }

    private BuildReport run(Settings settings, Instant now, String code, Incremental memory, PictureCache cache, long start) throws BuildFailure, IOException {
        // a content file whose time is within the clock's slack of this moment is read again next time, however long the build takes after it
        long readAt = System.currentTimeMillis();
        ContentReader.Result read = new ContentReader(options.content(), settings.timeZone(),
                new TagDeriver(settings.tagRules(), settings.tagStopList())).read(memory, n -> progress.stage("read", n), progress::advance);
        List<Article> published = new ArrayList<>(read.articles().size());
        int drafts = 0;
        int embargoed = 0;
        for (Article a : read.articles()) {
            if (a.draft() && !options.drafts()) drafts++;
            else if (a.published().isAfter(now) && !options.future()) embargoed++;
            else published.add(a);
        }
        // an article to be published whose news fields cannot be used stays off the site, with the other problems
        List<Problem> problems = new ArrayList<>(read.problems());
        published.removeIf(a -> {
            Problem p = read.sources().get(a.file()).unpublishable();
            if (p != null) problems.add(p);
            return p != null;
        });
        lap("read");
        // the pictures they show, their derivatives made into the cache where it lacks them: a missing
        // or bad one keeps its article off the site, with the other problems
        int[] made = new int[1];
        Pictures.Plan pictures = Pictures.of(options.content(), published, read.pictures(), cache, settings.publishOriginals(), new Pictures.Making() {
            @Override
            public void start(int n) {
                made[0] = n;
                progress.stage("pictures", n);
            }

            @Override
            public void made() {
                progress.advance();
            }
        });
        List<Problem> withoutPictures = new ArrayList<>();
        published.removeIf(a -> {
            Problem p = pictures.badArticles().get(a.file());
            if (p == null) return false;
            // with --keep-going the article is published without the picture, and listed
            (options.keepGoing() ? withoutPictures : problems).add(p);
            return !options.keepGoing();
        });
        withoutPictures.sort(Problem.IN_FILE_ORDER);
        problems.sort(Problem.IN_FILE_ORDER);
        // the same story published twice: counted, and left out when the settings say skip
        List<Article> repeats = SameBodies.repeats(published);
        if (settings.duplicates() == Duplicates.SKIP && !repeats.isEmpty()) {
            Set<Article> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
            skipped.addAll(repeats);
            published.removeIf(skipped::contains);
        }
        // every problem of the run, one line each: the failure, or with --keep-going the files left out
        List<String> leftOut = problems.stream().map(Problem::toString).toList();
        if (!leftOut.isEmpty() && !options.keepGoing()) throw new BuildFailure(leftOut);
        lap("pictures");

        Supplier<Archive> index = () -> Archive.of(published, settings::zoneOf, Sections.of(settings.sectionSource(), published), settings.tagCuration());
        Archive archive = keptArchive == null ? index.get() : keptArchive.archive(published, settings, code, index);
        nextEvent = ClockEvents.next(read.articles(), archive, settings, options.drafts(), now);
        long[] sourceHashes = new long[archive.size()];
        for (int i = 0; i < sourceHashes.length; i++) {
            // the pictures an article shows are part of its source: a changed one changes its page, its feeds and its search entry
            sourceHashes[i] = pictures.pictures().print(archive.article(i), read.sources().get(archive.article(i).file()).hash());
        }
        lap("index");

        gazette.render.Messages messages = gazette.render.Messages.load(options.templates(), settings.locale());
        Bodies bodies = new Bodies(options.content(), new MarkdownRenderer(settings.escapeMarkdownHtml()))
                .withPictures(pictures.pictures(), settings.rootPath());
        Assets assets = Assets.of(options.templates());
        Models models = new Models(settings, archive, Related.of(archive, memory.lastRelated()), bodies.of(archive, sourceHashes), pictures.pictures(),
                messages, assets.links());
        // each article's old addresses keep working (README, "Publishing"); the history outlives --clean
        AddressHistory addresses = AddressHistory.load(options.out(), kept);
        List<Redirects.Redirect> redirects = Redirects.of(archive, addresses::of);
        PagePlan plan = PagePlan.of(archive, models, settings, redirects);
        // the feeds carry the latest bodies again: keep those from the article pages (about 64 MB at most)
        if (settings.hasAddress()) bodies.keepFor(gazette.write.Feeds.entries(archive), 32L << 20);
        // the theme's words are part of every page
        // the theme read once: the pages are rendered from the very files their fingerprints are made of
        Map<String, byte[]> theme = ThemeFiles.list(options.templates(), "");
        PagePrints pagePrints = new PagePrints(models.print(), code + " messages " + messages.fingerprint(), theme, plan.templates());
        Duration timeLimit = Duration.ofSeconds(settings.renderTimeout());
        Templates templates = keptTemplates == null ? new Templates(options.templates(), timeLimit, messages, theme)
                : keptTemplates.get(options.templates(), timeLimit, messages, pagePrints.all(), () -> new Templates(options.templates(), timeLimit, messages, theme));
        ArchivePrints archivePrints = keptArchive == null ? new ArchivePrints(archive, sourceHashes, code) : keptArchive.prints(archive, sourceHashes, code);
        // all the pages are made from what the last build's were but the bodies: only a changed article's page can differ
        long planPrint = PlanPrint.of(archive, archivePrints, models.print(), pagePrints, models.site(), pictures.pictures(), redirects);
        SiteRenderer.Same same = planPrint != memory.lastPlan() ? null : (kind, k) -> {
            if (!kind.name().equals("article")) return true;
            String file = archive.article(k).file();
            return memory.sameSource(file, read.sources().get(file).hash());
        };
        Map<String, Integer> pages;
        int rendered;
        int assetCount;
        int removed;
        Published publishedFiles;
        List<String> publishWarnings = List.of();
        long files;
        long bytes;
        boolean incremental;
        List<String> changedFiles = null;
        try (OutputFolder out = OutputFolder.open(options.out(), memory, options.link());
             SearchIndex search = new SearchIndex(archive, models.links(), settings, options.content()).withLeads(models::lead).skipUnchanged(archivePrints)
                     .keepTermsBeside(options.out(), code, options.clean())) {
            incremental = out.incremental();
            bodies.onSource(search.collectWhileRendering());
            try {
                SiteRenderer renderer = new SiteRenderer(plan, templates, out, pagePrints).onPage(progress::advance).keeping(same);
                progress.stage("render", plan.pages());
                pages = renderer.renderAll();
                rendered = renderer.rendered();
            } catch (TemplateError e) {
                throw new BuildFailure(List.of(e.getMessage()));
            }
            lap("render");
            try {
                pictures.pictures().write(out);
            } catch (Pictures.PictureFailure e) {
                throw new BuildFailure(List.of(e.getMessage()));
            }
            if (pictures.pictures().count() > 0) lap("picture files");
            publishedFiles = Syndication.write(archive, plan, settings, bodies, archivePrints, code, now, out, this::lap);
            RedirectFiles.write(plan.redirects(), archive, models.links(), out);
            assetCount = assets.copy(out);
            // serve: the pages are in place, and open ones told, before the search index is made
            List<String> first = whenPublished == null ? null : out.publishFirst(file -> !file.startsWith(SearchIndex.FOLDER));
            if (first != null && !first.isEmpty()) tell(first.size() > LISTED_AT_MOST ? null : first);
            search.write(out); // search/: README, "Search"
            files = out.filesWritten();
            bytes = out.bytesWritten();
            if (out.unchanged() && read.filesRead() == 0) {
                // nothing changed: not a file is written, not even the state
                removed = 0;
                changedFiles = List.of();
                changedByHand = memory.changedSinceKept();
                pictures.pictures().keepInCache(); // a picture touched but the same: its new time is remembered
            } else {
                removed = out.publish();
                if (whenPublished != null) {
                    changedFiles = out.changedFiles(LISTED_AT_MOST);
                    List<String> rest = out.changedAfterFirst(LISTED_AT_MOST);
                    // told of the pages already: of the rest, if anything else changed
                    if (first == null || first.isEmpty() || rest == null || !rest.isEmpty()) tell(rest);
                }
                try {
                    memory.save(read.sources(), models.related(), planPrint, readAt);
                } catch (IOException e) {
                    // the site is whole; without a journal or with a new folder the old state is void
                    throw new PublishFailure("the new site is published in " + options.out() + ", whole, but the build state could not be saved:"
                            + " the next build will be a clean one", e);
                }
                // the files kept unchecked, looked at now the site is published
                changedByHand = memory.changedSinceKept();
                out.retire();
                pictures.pictures().keepInCache();
            }
            addresses.save(options.out(), addressesNow(archive), read.sources().keySet(), kept);
            publishWarnings = out.warnings();
            lap("write");
        }
        Duration total = Duration.ofNanos(System.nanoTime() - start);
        return new BuildReport(archive.size(), drafts, pages, assetCount, files, bytes, stageTimes, total, warnings(read, memory, publishWarnings), embargoed,
                publishedFiles, read.duplicates(), leftOut, new BuildReport.Changes(incremental, read.filesRead(), rendered, removed, changedFiles),
                new BuildReport.SameBody(repeats.size(), settings.duplicates()), withoutPictures.stream().map(Problem::toString).toList(),
                new BuildReport.PictureWork(pictures.pictures().count(), made[0]), archive.tags().size(), archive.tagReport());
    }

    /** The files to {@link #whenPublished}; should the telling fail, the build saves its state first, then fails with it. */
    private void tell(List<String> files) {
        try {
            whenPublished.accept(files);
        } catch (RuntimeException e) {
            if (tellingFailed == null) tellingFailed = e;
            else tellingFailed.addSuppressed(e);
        }
    }

    private static List<String> warnings(ContentReader.Result read, Incremental memory, List<String> publishing) {
        if (memory.notices().isEmpty() && publishing.isEmpty()) return read.warnings();
        List<String> all = new ArrayList<>(memory.notices());
        all.addAll(read.warnings());
        all.addAll(publishing);
        return all;
    }

    private Settings settings() throws BuildFailure {
        try {
            Settings s = SettingsFile.load(options.settings());
            if (options.baseUrl() != null) {
                s = s.withBaseUrl(SettingsFile.baseUrl("--base-url", options.baseUrl()));
            }
            return s;
        } catch (ContentException e) {
            throw new BuildFailure(List.of(e.toString()));
        }
    }

    /** Render and write overlap (pages are written as they are made); "render" covers both. */
    private void lap(String stage) {
        long now = System.nanoTime();
        stageTimes.put(stage, Duration.ofNanos(now - stageStart));
        stageStart = now;
    }
}
