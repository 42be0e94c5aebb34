package gazette.render;

import gazette.pages.PageKind;
import gazette.pages.PagePlan;
import gazette.pages.model.PageModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The render stage: every page of the plan, kind by kind, on all cores. Each page's model is made
 * and fingerprinted; a page whose fingerprint the last build had is kept, any other is rendered
 * and goes to the output at once, and its model is dropped. A page known to be made from the last
 * build's inputs ({@link #keeping}) is kept without making its model.
 */
public final class SiteRenderer {
    private final PagePlan plan;
    private final Templates templates;
    private final PageOutput out;
    private final PagePrints prints;
    private final AtomicInteger rendered = new AtomicInteger();
    private Runnable onPage = () -> {};
    private Same same;

    /** Which pages are made from the same inputs as in the last build. */
    @FunctionalInterface
    public interface Same {
        boolean page(PageKind kind, int k);
    }

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

    /** Pages for which {@code same} holds are kept as the last build made them, when they are still there. */
    public SiteRenderer keeping(Same same) {
        this.same = same;
        return this;
    }

    /** How many pages were rendered; the others were kept from the previous build. */
    public int rendered() {
        return rendered.get();
    }

    /** Renders every page, in the plan's order, on every core; returns the number of pages of each kind. */
    public Map<String, Integer> renderAll() throws IOException {
        templates.load(plan.templates());
        List<PageKind> kinds = plan.kinds();
        int[] first = new int[kinds.size() + 1]; // the first page of each kind, in one count over all
        for (int i = 0; i < kinds.size(); i++) first[i + 1] = first[i] + kinds.get(i).count();
        try {
            RenderThread.runAll(first[kinds.size()], n -> {
                int i = 0;
                while (n >= first[i + 1]) i++; // a dozen kinds: a scan is as quick as a search
                emit(kinds.get(i), n - first[i]);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return plan.counts();
    }

    private void emit(PageKind kind, int k) {
        onPage.run();
        String file = kind.file(k);
        if (same != null && same.page(kind, k) && out.keep(file)) return;
        PageModel model = kind.model().apply(k);
        long fingerprint = prints.page(kind.template(), model);
        if (out.reuse(file, fingerprint)) return;
        byte[] html = templates.render(kind.template(), model, file);
        rendered.incrementAndGet();
        try {
            out.file(file, html, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
