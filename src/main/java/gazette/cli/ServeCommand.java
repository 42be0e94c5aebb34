package gazette.cli;

import gazette.pipeline.BuildOptions;
import gazette.read.ContentException;
import gazette.serve.LiveServer;
import gazette.serve.ServeOptions;
import gazette.site.Settings;
import gazette.site.SettingsFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site, serves it on this machine and rebuilds it on every change.",
                "A change to the content, the templates or the settings rebuilds it; open pages reload by themselves, and show the problems",
                "while the build is broken (the last good site stays up).",
                "Example: gazette serve --port 8000"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped (Ctrl-C)", "1:could not build into the output folder or listen on the port", "2:the command line is wrong"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    /** Not build's site/: a preview (base /, drafts perhaps) must never be what gets published. */
    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".gazette-preview",
            description = "folder the preview is built into, kept apart from the published site (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServeOptions.LOOPBACK,
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 lets the network in)")
    String bind;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "also answer requests for this host name (repeatable); normally only localhost and IP addresses are answered, which keeps other sites' pages out by DNS rebinding")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--base-url", paramLabel = "URL",
            description = "build with this base URL and serve the site under its path (default: /, whatever the settings say, so links work on this server)")
    String baseUrl;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ServeOptions options;
        try {
            String url = SettingsFile.baseUrl("--base-url", baseUrl == null ? "/" : baseUrl);
            String basePath = URI.create(Settings.defaults().withBaseUrl(url).rootPath()).getPath();
            options = new ServeOptions(
                    // a rebuild waits for a build another process is writing into the same folder
                    new BuildOptions(site.content, site.templates, out, site.config, url, site.drafts, site.future, false, false, true), bind, port, basePath).withAllowedHosts(Set.copyOf(allowHosts));
        } catch (ContentException | IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        LiveServer server = new LiveServer(options, spec.commandLine().getOut(), err);
        try {
            server.start();
        } catch (Exception e) {
            err.println("error: " + (e instanceof IOException && e.getMessage() != null ? e.getMessage() : e.toString()));
            err.println("serve stopped");
            err.flush();
            return 1;
        }
        server.stopOnExit();
        server.join();
        return 0;
    }
}
