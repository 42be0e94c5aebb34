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
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    static {
        // Freemarker would otherwise pick whatever logging library happens to be on the class path
        System.setProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, freemarker.log.Logger.LIBRARY_NAME_NONE);
    }

    public Templates(Path dir) {
        this.dir = dir;
        config = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
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
        config.setNumberFormat("computer");
        config.setObjectWrapper(new ModelWrapper());
    }

    /** Parses the named templates now, so that a broken one fails the build before it writes. */
    public void load(List<String> names) {
        for (String name : names) template(name);
    }

    /** The page that template {@code name} makes of {@code model} (a page model record). */
    public String render(String name, Object model) {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            template(name).process(model, out);
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
        }
        return out.toString();
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
