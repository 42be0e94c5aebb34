package gazette.render;

import gazette.pages.PageKind;
import gazette.pages.PagePlan;
import gazette.pages.model.PageModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The render stage: every page of the plan, kind by kind, on all cores. Each page's model is made
 * and fingerprinted; a page whose fingerprint the last build had is kept, any other is rendered
 * and goes to the output at once, and its model is dropped.
 */
public final class SiteRenderer {
    private final PagePlan plan;
    private final Templates templates;
    private final PageOutput out;
    private final PagePrints prints;
    private final AtomicInteger rendered = new AtomicInteger();
    private Runnable onPage = () -> {};

    public SiteRenderer(PagePlan plan, Templates templates, PageOutput out, PagePrints prints) {
        this.plan = plan;
        this.templates = templates;
        this.out = out;
        this.prints = prints;
    }

    /** Called once for every page, rendered or kept: for a progress display. */
    public SiteRenderer onPage(Runnable onPage) {
        this.onPage = onPage;
        return this;
    }

    /** How many pages were rendered; the others were kept from the previous build. */
    public int rendered() {
        return rendered.get();
    }

    /** Renders every page; returns the number of pages of each kind. */
    public Map<String, Integer> renderAll() throws IOException {
        templates.load(plan.templates());
        try {
            for (PageKind kind : plan.kinds()) IntStream.range(0, kind.count()).parallel().forEach(k -> emit(kind, k));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return plan.counts();
    }

    private void emit(PageKind kind, int k) {
        onPage.run();
        String file = kind.file(k);
        PageModel model = kind.model().apply(k);
        long fingerprint = prints.page(kind.template(), model);
        if (out.reuse(file, fingerprint)) return;
        String html = templates.render(kind.template(), model);
        rendered.incrementAndGet();
        try {
            out.file(file, html, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
