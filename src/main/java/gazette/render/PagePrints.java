package gazette.render;

import gazette.fingerprint.ValuePrint;
import gazette.fingerprint.Hashes;
import gazette.fingerprint.Hasher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A page's fingerprint: its model's ({@link ValuePrint}), its template's, every other file of
 * the theme's (the layout, the parts, anything a template includes) and the Gazette build's.
 * Equal fingerprints mean equal pages, so an incremental build renders only the pages whose
 * fingerprint changed.
 */
public final class PagePrints {
    private final ValuePrint models;
    private final Map<String, Long> templates = new HashMap<>();

    /**
     * @param code identifies the Gazette build and the settings, so a new version renders everything again
     */
    public PagePrints(ValuePrint models, String code, Path templatesDir, Collection<String> pageTemplates) throws IOException {
        this(models, code, ThemeFiles.list(templatesDir, ""), pageTemplates);
    }

    /** @param all every file of the theme, by its path in it ({@link ThemeFiles#list}): what the pages are rendered from */
    public PagePrints(ValuePrint models, String code, Map<String, byte[]> all, Collection<String> pageTemplates) {
        this.models = models;
        Hasher shared = new Hasher().add(code);
        for (Map.Entry<String, byte[]> t : all.entrySet()) {
            // every file but the page templates: a template may include any of them, whatever its name ends in
            if (!pageTemplates.contains(t.getKey())) shared.add(t.getKey()).add(Hashes.of(t.getValue()));
        }
        long sharedHash = shared.get();
        for (String name : pageTemplates) {
            byte[] own = all.get(name);
            templates.put(name, new Hasher().add(sharedHash).add(name).add(own == null ? 0 : Hashes.of(own)).get());
        }
    }

    /** Every template's fingerprint, with the code's and the words': a page made by any of them changes with it. */
    public long all() {
        Hasher h = new Hasher();
        for (String name : new java.util.TreeSet<>(templates.keySet())) h.add(name).add(templates.get(name));
        return h.get();
    }

    /** The page that {@code template} makes of {@code model}. */
    public long page(String template, Object model) {
        Long t = templates.get(template);
        if (t == null) throw new IllegalArgumentException("not a page template: " + template);
        return new Hasher().add(t).add(models.of(model)).get();
    }
}
