package gazette.render;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import gazette.fingerprint.Hasher;
import gazette.fingerprint.Hashes;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Every word the theme shows, in the site's language: message bundles
 * {@code messages/<language>.properties} (UTF-8) in the templates folder over the built-in ones,
 * looked up from the most precise language tag to the least ({@code en-GB}, then {@code en}), and
 * English last, for a key a bundle lacks.
 *
 * <p>A message may hold {@code {0}}, {@code {1}}, … for its arguments. A count is a key with a
 * form per CLDR plural category ({@code articles.one = # article}, {@code articles.other = #
 * articles}; Russian also has {@code few} and {@code many}): the category of the number, by ICU's
 * plural rules for the language, picks the form, and {@code #} is the number as the language
 * writes it. A count's forms all come from the first bundle that has its {@code other} form. The search page's script picks by the same categories (the browser's
 * {@code Intl.PluralRules}).
 */
public final class Messages {
    public static final String FOLDER = "messages/";
    /** The categories a form may be written for (CLDR's). */
    static final List<String> CATEGORIES = List.of("zero", "one", "two", "few", "many", "other");

    private final Locale locale;
    /** Made once per render thread, not per count: a NumberFormat is costly to make and not safe to share. */
    private final ThreadLocal<NumberFormat> numbers = ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(locale()));
    private final List<Properties> chain;
    private final PluralRules plurals;
    private final long fingerprint;

    private Messages(Locale locale, List<Properties> chain, long fingerprint) {
        this.locale = locale;
        this.chain = chain;
        this.plurals = PluralRules.forLocale(ULocale.forLocale(locale));
        this.fingerprint = fingerprint;
    }

    /** The built-in theme's bundles alone (for tests and tools without a templates folder). */
    public static Messages builtIn(Locale locale) {
        try {
            return load(null, locale);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The bundles for {@code locale}: the templates folder's (may be null) over the built-in theme's. */
    public static Messages load(Path templates, Locale locale) throws IOException {
        Map<String, byte[]> files = ThemeFiles.list(templates, "messages");
        Map<String, byte[]> builtIn = ThemeFiles.list(null, "messages");
        List<Properties> chain = new ArrayList<>();
        Hasher h = new Hasher().add(locale.toLanguageTag());
        for (String tag : tags(locale)) {
            String name = tag + ".properties";
            byte[] own = files.get(name);
            byte[] theme = builtIn.get(name);
            // the templates folder's file comes first, so it may change a single word of the theme's
            if (own != null && !java.util.Arrays.equals(own, theme)) chain.add(read(FOLDER + name, own, h));
            if (theme != null) chain.add(read(FOLDER + name, theme, h));
        }
        return new Messages(locale, List.copyOf(chain), h.get());
    }

    /** en-GB → [en-GB, en], zh-Hans-CN → [zh-Hans-CN, zh-Hans, zh], and English last. */
    static List<String> tags(Locale locale) {
        List<String> tags = new ArrayList<>();
        String tag = locale.toLanguageTag();
        while (!tag.isEmpty()) {
            tags.add(tag);
            int dash = tag.lastIndexOf('-');
            tag = dash < 0 ? "" : tag.substring(0, dash);
        }
        if (!tags.contains("en")) tags.add("en");
        return tags;
    }

    private static Properties read(String name, byte[] bytes, Hasher h) throws IOException {
        h.add(name).add(Hashes.of(bytes));
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
        return p;
    }

    /** Changes when any bundle the site reads does: pages are rendered again. */
    public long fingerprint() {
        return fingerprint;
    }

    public Locale locale() {
        return locale;
    }

    /** The message {@code key} with its arguments; for a count, the first argument is the number. */
    public String get(String key, Object... args) {
        String text = find(key);
        if (text == null) {
            if (args.length == 0 || !(args[0] instanceof Number n)) throw missing(key);
            Properties forms = formsOf(key);
            text = forms.getProperty(key + "." + plurals.select(n.doubleValue()), forms.getProperty(key + ".other"));
            text = text.replace("#", format(n));
        }
        return args.length == 0 ? text : fill(text, args);
    }

    /** The number as the site's language writes it: 12,345 in English, 12 345 in French. */
    public String format(Number n) {
        return numbers.get().format(n);
    }

    /**
     * The messages a script needs, for the page to hand it: each key's text, or for a count its
     * forms by category ({@code {"one": "# article", "other": "# articles"}}).
     */
    public Map<String, Object> forScript(List<String> keys) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : keys) {
            String text = find(key);
            if (text != null) {
                out.put(key, text);
                continue;
            }
            Properties bundle = formsOf(key);
            Map<String, String> forms = new LinkedHashMap<>();
            for (String category : CATEGORIES) {
                String form = bundle.getProperty(key + "." + category);
                if (form != null) forms.put(category, form);
            }
            out.put(key, forms);
        }
        return out;
    }

    /**
     * The bundle a count's forms come from: the first that has its "other" form. Forms are never
     * mixed across bundles, so a language without a "one" form never borrows English's.
     */
    private Properties formsOf(String key) {
        for (Properties p : chain) if (p.getProperty(key + ".other") != null) return p;
        throw missing(key);
    }

    private String find(String key) {
        for (Properties p : chain) {
            String v = p.getProperty(key);
            if (v != null) return v;
        }
        return null;
    }

    private static String fill(String text, Object[] args) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3 && text.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int k = Integer.parseInt(text.substring(i + 1, close));
                out.append(k < args.length ? String.valueOf(args[k]) : text.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private TemplateError missing(String key) {
        return new TemplateError(FOLDER + locale.toLanguageTag() + ".properties: no message '" + key + "' (nor in en.properties)");
    }
}
