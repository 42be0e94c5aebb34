package gazette.serve;

import gazette.pipeline.BuildFailure;
import gazette.pipeline.BuildOptions;
import gazette.pipeline.BuildReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code gazette serve}: builds the site, serves the output folder over HTTP, and rebuilds on
 * every change to the content, the templates or the settings, telling open pages to reload.
 * A failed rebuild leaves the last good site in place (the build only swaps in a complete
 * site) and shows its problems in the terminal and over every page.
 */
public final class LiveServer implements AutoCloseable {
    static {
        // Jetty's INFO lines (version, "Started") are noise in a tool's terminal; its warnings are not.
        if (System.getProperty("org.eclipse.jetty.LEVEL") == null) System.setProperty("org.eclipse.jetty.LEVEL", "WARN");
        // ... and a warning is one line: the stack trace of an accept failure, once a second, says nothing to a user.
        if (System.getProperty("org.eclipse.jetty.STACKS") == null) System.setProperty("org.eclipse.jetty.STACKS", "false");
    }

    private final ServeOptions options;
    private final SiteBuilder builder;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Path site;
    private final Path here = Path.of("").toAbsolutePath();
    /** Tells this run's versions from another's, so a page from before a restart reloads. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Object building = new Object();
    private volatile boolean busy;
    private volatile BuildState state;
    private int generation;
    private List<String> warned = List.of();
    private ChangeWatcher watcher;
    private LiveEvents events;
    private Server server;
    private ServerConnector connector;
    private boolean stopped;

    public LiveServer(ServeOptions options, SiteBuilder builder, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.builder = builder;
        this.out = out;
        this.err = err;
        this.site = options.build().out().toAbsolutePath().normalize();
        this.state = new BuildState(run + "-0", List.of(), Instant.now());
    }

    /** Serves what {@link gazette.pipeline.Build} makes of the options. */
    public LiveServer(ServeOptions options, PrintWriter out, PrintWriter err) {
        this(options, SiteBuilder.of(options.build()), out, err);
    }

    /**
     * Builds, starts serving and starts watching. A build that fails on the content, templates or
     * settings does not stop it (pages show the problems until they are fixed); an I/O error
     * on the first build does, since nothing could be served.
     */
    public void start() throws Exception {
        BuildOptions b = options.build();
        if (gazette.write.OutputFolder.publishedByLink(site)) {
            // its folder is fixed when serving starts, and a build by link replaces the folder
            throw new IOException(site + " is published by link (build --link): serve builds its preview into a folder of its own; choose another --out");
        }
        // Watching starts before the first build, so an edit made during it is not missed.
        watcher = new ChangeWatcher(List.of(b.content(), b.templates()), List.of(b.settings()), site, options.quiet(), this::changed);
        try {
            build(List.of(), true);
            startHttp();
        } catch (Exception e) {
            stop();
            throw e;
        }
        watcher.start();
        out.printf("Serving %s (Ctrl-C to stop)%n", url());
        out.flush();
    }

    private void startHttp() throws Exception {
        // Jetty needs a base folder that exists and is reached through no symbolic link.
        Files.createDirectories(site);
        Path base = site.toRealPath();
        ServeLimits limits = ServeLimits.ofThisProcess();
        if (limits.connections() < ServeLimits.MAX_CONNECTIONS / 8) {
            out.printf("note: the open-file limit leaves room for %d connections and %d live-reload pages at once (ulimit -n raises it)%n",
                    limits.connections(), limits.eventStreams());
        }
        events = new LiveEvents(this::state, options.idleTimeout(), limits.eventStreams());
        NotFound notFound = new NotFound(base, this::state);
        String basePath = options.basePath();
        ContextHandler context = new ContextHandler(new SiteResources(this::state, notFound), basePath.equals("/") ? "/" : basePath.substring(0, basePath.length() - 1));
        context.setBaseResourceAsPath(base);
        // Jetty approves symbolic links by default, even ones leading out of the folder; the built
        // site has none, so every alias (link, or another spelling of a path) is refused.
        context.clearAliasChecks();
        // The build writes UTF-8; saying so spares browsers a guess.
        for (String[] m : new String[][] {{"html", "text/html"}, {"css", "text/css"}, {"js", "text/javascript"}, {"txt", "text/plain"}}) {
            context.getMimeTypes().addMimeMapping(m[0], m[1] + ";charset=utf-8");
        }

        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("gazette-http");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.setIdleTimeout(options.idleTimeout().toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.connections(), connector));
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowCauses(false);
        server.setErrorHandler(errors);
        server.setHandler(new Handler.Sequence(new RequestGate(allowedNames()), new SwapWait(), events, new ToBasePath(basePath), context, notFound));
        server.start();
    }

    /** The names the user allows, and the address the server listens on when it is a name. */
    private Set<String> allowedNames() {
        Set<String> names = new HashSet<>(options.allowedHosts());
        names.add(options.host().toLowerCase(Locale.ROOT));
        return names;
    }

    /**
     * A clean build swaps the new site in with two renames, between which the output folder is
     * missing for a moment: a request that falls into that gap waits for it, briefly.
     */
    private final class SwapWait extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws InterruptedException {
            for (int i = 0; i < 100 && busy && !Files.isDirectory(site); i++) Thread.sleep(5);
            return false;
        }
    }

    /** The server's root leads to the site when it is served under a path. */
    private static final class ToBasePath extends Handler.Abstract.NonBlocking {
        private final String basePath;

        ToBasePath(String basePath) {
            this.basePath = basePath;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            if (basePath.equals("/") || !"/".equals(request.getHttpURI().getPath())) return false;
            Response.sendRedirect(request, response, callback, basePath);
            return true;
        }
    }

    private void changed(List<Path> paths) {
        rebuild(paths);
    }

    /** Rebuilds now, as a change would; the new state is also sent to every open page. */
    public BuildState rebuild() {
        return rebuild(List.of());
    }

    private BuildState rebuild(List<Path> changes) {
        try {
            return build(changes, false);
        } catch (IOException impossible) {
            // only a first build lets an I/O error through
            throw new IllegalStateException(impossible);
        }
    }

    private BuildState build(List<Path> changes, boolean first) throws IOException {
        synchronized (building) {
            busy = true;
            long start = System.nanoTime();
            boolean[] told = {false};
            try {
                // a change the watcher saw: the build need not first look for whether anything changed,
                // and open pages reload as soon as the new site is in place, while the build saves its state
                BuildReport report = changes.isEmpty() ? builder.build() : builder.buildAfterChanges(files -> {
                    told[0] = true;
                    announce(files);
                });
                if (!told[0]) announce(report.changes().files());
                warn(report.warnings());
                double seconds = (System.nanoTime() - start) / 1e9;
                if (first) out.printf(Locale.ROOT, "Built %d articles into %s in %.2f s%n", report.articles(), shown(site), seconds);
                else out.printf(Locale.ROOT, "Rebuilt in %.2f s%s: %d articles%n", seconds, cause(changes), report.articles());
            } catch (BuildFailure f) {
                broken(f.problems(), changes, told[0]);
            } catch (IOException e) {
                if (first) throw e;
                broken(List.of("error: " + e.getMessage()), changes, told[0]);
            } catch (RuntimeException | StackOverflowError e) {
                // A fault in a build stage (or a template recursing without end) must not take the server down with it.
                broken(List.of("error: " + e), changes, told[0]);
            } finally {
                busy = false;
                out.flush();
                err.flush();
            }
            if (state.broken() && events != null) events.publish(state, null);
            return state;
        }
    }

    /** A good build's new state, told to every open page with the files it changed (null: all). */
    private void announce(List<String> changed) {
        state = new BuildState(run + "-" + ++generation, List.of(), Instant.now());
        if (events != null) events.publish(state, changed);
    }

    /** @param published whether the build had published its site (and pages were told) before it failed */
    private void broken(List<String> problems, List<Path> changes, boolean published) {
        state = new BuildState(state.version(), problems, Instant.now());
        for (String p : problems) err.println(p);
        err.printf("build failed%s: %d problem%s; %s%n", cause(changes), problems.size(), problems.size() == 1 ? "" : "s",
                published ? "its site was published and is served" : "still serving the last good site");
    }

    /** Warnings are said once, not after every rebuild, unless they change. */
    private void warn(List<String> warnings) {
        if (warnings.equals(warned)) return;
        warned = List.copyOf(warnings);
        for (String w : warnings) err.println("warning: " + w);
    }

    private String cause(List<Path> changes) {
        if (changes.isEmpty()) return "";
        // An editor's temporary file comes and goes first; the file it saves is the one to name.
        Path named = changes.stream().filter(Files::exists).findFirst().orElse(changes.get(0));
        String first = " after a change to " + shown(named);
        return changes.size() == 1 ? first : first + " (and " + (changes.size() - 1) + " more)";
    }

    private String shown(Path p) {
        return p.startsWith(here) ? here.relativize(p).toString() : p.toString();
    }

    public BuildState state() {
        return state;
    }

    /** True while a build runs, its work after the pages were told to reload included. */
    public boolean rebuilding() {
        return busy;
    }

    /** The site's address: the bound host and port, and the base path. */
    public URI url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + host + ":" + connector.getLocalPort() + options.basePath());
    }

    /** The address the server listens on, as the operating system reports it. */
    public InetSocketAddress boundAddress() throws IOException {
        return (InetSocketAddress) ((ServerSocketChannel) connector.getTransport()).getLocalAddress();
    }

    /** Open event streams: one per open page. */
    public int liveConnections() {
        return events == null ? 0 : events.connections();
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops watching, ends every event stream and stops the server; safe to call more than once. */
    public synchronized void stop() {
        if (stopped) return;
        stopped = true;
        try {
            if (watcher != null) watcher.close();
        } catch (IOException e) {
            err.println("warning: stopping the watcher: " + e.getMessage());
        }
        if (events != null) events.close();
        try {
            if (server != null) server.stop();
        } catch (Exception e) {
            err.println("warning: stopping the server: " + e.getMessage());
        }
        err.flush();
    }

    /** Stops cleanly when the JVM is asked to exit (Ctrl-C). */
    public void stopOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "gazette-stop"));
    }

    @Override
    public void close() {
        stop();
    }
}
