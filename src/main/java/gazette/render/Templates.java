package gazette.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import freemarker.core._CoreAPI;
import gazette.site.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's Freemarker templates: the user's templates folder first, then the default theme
 * packed in the jar, so a user overrides only the templates they change. Every template is
 * parsed once, up front, so a syntax error stops the build before any page is written.
 */
public final class Templates {
    public static final String THEME = "/gazette/theme";

    private final Configuration config;
    private final Path dir;
    private final Duration timeLimit;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    static {
        // Freemarker would otherwise pick whatever logging library happens to be on the class path
        System.setProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, freemarker.log.Logger.LIBRARY_NAME_NONE);
    }

    public Templates(Path dir) {
        this(dir, Duration.ofSeconds(Settings.DEFAULT_RENDER_TIMEOUT), Messages.builtIn(Locale.ENGLISH));
    }

    /**
     * @param timeLimit the longest a page may take to render (on a {@link RenderThread}); then it fails
     * @param messages  the theme's words in the site's language ({@code msg("key", …)} in a template, and
     *                  {@code msgScript("key", …)} for a script's), whose locale also writes the numbers a reader
     *                  sees ({@code parts.number}: "12,345", "12.345", "12 345")
     */
    public Templates(Path dir, Duration timeLimit, Messages messages) {
        this(dir, timeLimit, messages, null);
    }

    /**
     * As {@link #Templates(Path, Duration, Messages)}, parsing the theme's files from {@code theme}
     * ({@link ThemeFiles#list}) as the build read and fingerprinted them, not as they are on disk
     * when Freemarker first asks: a template saved again in between cannot make pages of another
     * version than their fingerprints say (and parsed templates are kept by {@code serve}).
     */
    public Templates(Path dir, Duration timeLimit, Messages messages, Map<String, byte[]> theme) {
        this.dir = dir;
        this.timeLimit = timeLimit;
        config = new WatchedConfiguration();
        List<TemplateLoader> loaders = new ArrayList<>();
        if (theme != null) loaders.add(new SnapshotLoader(theme));
        if (dir != null && Files.isDirectory(dir)) {
            try {
                loaders.add(new FileTemplateLoader(dir.toFile()));
            } catch (IOException e) {
                throw new TemplateError(dir + ": cannot read templates: " + e.getMessage());
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class, THEME));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true); // .ftlh: HTML auto-escaping
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // templates are data, not code: no instantiating Java classes, no reaching the Java API
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setLocalizedLookup(false);
        // a bare ${n} stays a plain number, safe in attributes and addresses; counts meant for readers go through parts.n
        config.setNumberFormat("computer");
        config.setLocale(messages.locale());
        config.setSharedVariable("msg", MessageFunctions.text(messages));
        config.setSharedVariable("msgScript", MessageFunctions.forScript(messages));
        config.setObjectWrapper(new ModelWrapper());
    }

    /** Parses the named templates now, so that a broken one fails the build before it writes. */
    public void load(List<String> names) {
        for (String name : names) template(name);
    }

    /**
     * The page {@code page} (its path, for messages) that template {@code name} makes of {@code model}.
     * On a {@link RenderThread} the page is watched: past its time limit, or nesting past any sane
     * depth, it stops with an error that names the template, the line and the page. The page is
     * given as UTF-8, as it is written.
     */
    public byte[] render(String name, Object model, String page) {
        RenderThread watch = RenderThread.current();
        String onPage = page == null ? "" : " while rendering " + page;
        if (watch != null) {
            watch.watch(timeLimit, seconds(timeLimit) + " (render_timeout)", () -> new TemplateError(where(name, null) + ": took longer than "
                    + seconds(timeLimit) + " (render_timeout)" + onPage + ", in an expression the limit cannot interrupt (a built-in over an"
                    + " endless sequence, or ?interpret); the build stopped waiting for it"));
        }
        try {
            return process(name, model);
        } catch (OutOfMemoryError e) {
            RenderThread.Stop stop = watch == null ? null : watch.unwatch();
            String at = stop != null && stop.template() != null ? where(stop.template(), stop.line() > 0 ? stop.line() : null) : where(name, null);
            // output captured by #assign or held by #attempt is not the page's, and has no ceiling of its own
            throw new TemplateError(at + ": ran out of memory" + onPage + " (a loop without end writing into #assign or #attempt?)");
        } catch (RuntimeException | StackOverflowError e) {
            RenderThread.Stop stop = watch == null ? null : watch.unwatch();
            if (stop != null) throw new TemplateError(where(stop.template() == null ? name : stop.template(), stop.line() > 0 ? stop.line() : null) + ": " + stop.why() + onPage);
            // a recursion with no loop, macro or include in it, which no check sees
            if (e instanceof StackOverflowError) throw new TemplateError(where(name, null) + ": calls nest too deeply (a macro, function or #include that calls itself without end?)" + onPage);
            throw (RuntimeException) e;
        } finally {
            if (watch != null) watch.unwatch();
        }
    }

    private static String seconds(Duration d) {
        return d.toSeconds() == 1 ? "1 second" : d.toSeconds() + " seconds";
    }

    private byte[] process(String name, Object model) {
        PageWriter out = PageWriter.forThisThread();
        try {
            template(name).process(model, out);
            return out.utf8();
        } catch (TemplateException e) {
            // a body that could not be read while the template asked for it: the file's problem, not the template's
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof java.io.UncheckedIOException u) throw u;
            }
            // a template imported or included while rendering may itself fail to parse: name that one, at its line
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof ParseException p) throw new TemplateError(where(p.getTemplateName(), p.getLineNumber()) + ": " + firstSentence(p.getEditorMessage()));
            }
            throw new TemplateError(where(e.getTemplateSourceName(), e.getLineNumber()) + ": " + firstSentence(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw new TemplateError(where(name, null) + ": " + e.getMessage());
        } finally {
            out.release();
        }
    }

    private Template template(String name) {
        return compiled.computeIfAbsent(name, n -> {
            try {
                return config.getTemplate(n);
            } catch (ParseException e) {
                throw new TemplateError(where(e.getTemplateName(), e.getLineNumber()) + ": " + firstSentence(e.getEditorMessage()));
            } catch (freemarker.template.TemplateNotFoundException e) {
                throw new TemplateError(where(n, null) + ": template not found");
            } catch (IOException e) {
                throw new TemplateError(where(n, null) + ": cannot read: " + e.getMessage());
            }
        });
    }

    /**
     * Freemarker's configuration, with every template it loads (the pages' own and those they
     * include or import) prepared to ask its thread at each block whether to stop: that is how a
     * {@link RenderThread} stops a page that runs too long or nests too deep.
     */
    private static final class WatchedConfiguration extends Configuration {
        private final Set<Template> prepared = Collections.newSetFromMap(new IdentityHashMap<>());

        WatchedConfiguration() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding, boolean parseAsFTL,
                                    boolean ignoreMissing) throws IOException {
            RenderThread.beforeInclude();
            Template t = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            if (t != null) {
                // the same Template is handed to every thread; it is changed once, before any runs it
                synchronized (prepared) {
                    if (prepared.add(t)) _CoreAPI.addThreadInterruptedChecks(t);
                }
            }
            return t;
        }
    }

    /** Templates from the theme's files as read once (a name not among them is looked for by the next loader). */
    private static final class SnapshotLoader implements TemplateLoader {
        private final Map<String, byte[]> files;

        SnapshotLoader(Map<String, byte[]> files) {
            this.files = files;
        }

        @Override
        public Object findTemplateSource(String name) {
            return files.get(name);
        }

        @Override
        public long getLastModified(Object source) {
            return -1;
        }

        @Override
        public java.io.Reader getReader(Object source, String encoding) throws IOException {
            return new java.io.InputStreamReader(new java.io.ByteArrayInputStream((byte[]) source), encoding);
        }

        @Override
        public void closeTemplateSource(Object source) {
            // nothing to close: the bytes are in memory
        }
    }

    /** {@code templates/article.ftlh:12} for a user's template; the theme's own otherwise. */
    private String where(String name, Integer line) {
        if (name == null) name = "?";
        String file = dir != null && Files.isRegularFile(dir.resolve(name)) ? dir.resolve(name).toString() : "(default theme) " + name;
        return line == null ? file : file + ":" + line;
    }

    /** Freemarker's messages run to many lines of tips; the user needs the first statement. */
    static String firstSentence(String message) {
        if (message == null) return "template error";
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\n")) {
            String t = line.strip();
            if (t.startsWith("----") || t.startsWith("Tip:") || t.startsWith("FTL stack trace")) break;
            if (t.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(t);
        }
        return out.toString().replaceAll("\\s+", " ");
    }
}
