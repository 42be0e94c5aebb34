package gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import org.junit.jupiter.api.Assumptions;

/** A fixture's site, built, served over HTTP on the loopback address, and a Chromium to read it: how each browser test class starts. */
final class BrowserSite implements AutoCloseable {
    final StaticSite server;
    final Chromium browser;

    private BrowserSite(StaticSite server, Chromium browser) {
        this.server = server;
        this.browser = browser;
    }

    /** Skips the test class on a machine without Chromium, before anything is built. */
    static void assumeChromium() {
        Assumptions.assumeTrue(Chromium.executable() != null, "no chromium on this machine: browser tests skipped (apt-get install chromium)");
    }

    /** Builds the fixture (the build must succeed), serves what it wrote and starts the browser. */
    static BrowserSite of(Fixture f) throws Exception {
        Fixture.Run run = f.build();
        assertThat(run.exit()).as(run.err()).isZero();
        StaticSite server = new StaticSite(f.out);
        try {
            return new BrowserSite(server, Chromium.start());
        } catch (Exception | AssertionError e) {
            server.close();
            throw e;
        }
    }

    String root() {
        return server.root();
    }

    @Override
    public void close() {
        browser.close();
        server.close();
    }
}
