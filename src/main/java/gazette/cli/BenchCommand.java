package gazette.cli;

import gazette.bench.Benchmark;
import gazette.pipeline.BuildFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures builds: cold, with nothing changed, after one edit (in this process, and with --commands as whole commands), and saves inside serve.",
                "Generates an archive of N articles (or takes --content), then times a cold build, a build with nothing changed,",
                "a build after one article changed and saves inside serve, with stage times and memory.",
                "Example: gazette bench --articles 100000 --serve-edits 20"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "articles to generate (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--text-articles", paramLabel = "N", defaultValue = "0", description = "how many of the generated articles are raw scraped text (.txt) rather than Markdown (default: ${DEFAULT-VALUE})")
    int textArticles;

    @Option(names = "--pictures", paramLabel = "N", defaultValue = "0", description = "how many of the generated Markdown articles have a lead picture beside them, a 3000 x 2000 JPEG (default: ${DEFAULT-VALUE})")
    int pictures;

    @Option(names = "--serve-edits", paramLabel = "N", defaultValue = "20", description = "saves to time inside serve, each until the server answers with the changed page: the median and the worst are reported; 0 for none (default: ${DEFAULT-VALUE})")
    int serveEdits;

    @Option(names = "--commands", description = "also time gazette build as a user runs it, a process of its own each time (the launcher beside the jar): cold, with nothing changed and after one edit")
    boolean commands;

    @Option(names = "--content", paramLabel = "DIR", description = "an existing archive to build instead of a generated one (its first article gets one line added)")
    Path content;

    @Option(names = "--work", paramLabel = "DIR", description = "folder for the generated archive and the output (default: /tmp/gazette-bench-N; an archive already there is reused)")
    Path work;

    @Override
    public Integer call() throws IOException {
        if (content == null && (articles < 1 || articles > 10_000_000)) {
            throw new ParameterException(spec.commandLine(), "--articles must be from 1 to 10000000, not " + articles);
        }
        if (textArticles < 0 || textArticles > articles) {
            throw new ParameterException(spec.commandLine(), "--text-articles must be from 0 to --articles (" + articles + "), not " + textArticles);
        }
        if (serveEdits < 0 || serveEdits > 1000) {
            throw new ParameterException(spec.commandLine(), "--serve-edits must be from 0 to 1000, not " + serveEdits);
        }
        if (pictures < 0 || pictures > articles - textArticles) {
            throw new ParameterException(spec.commandLine(), "--pictures must be from 0 to the Markdown articles (" + (articles - textArticles) + "), not " + pictures);
        }
        Path dir = work != null ? work : Path.of(System.getProperty("java.io.tmpdir"), "gazette-bench-" + articles + (textArticles > 0 ? "-" + textArticles + "txt" : "") + (pictures > 0 ? "-" + pictures + "pic" : ""));
        try {
            new Benchmark(spec.commandLine().getOut()).run(content, articles, textArticles, pictures, serveEdits, commands, dir);
            return 0;
        } catch (BuildFailure f) {
            f.problems().forEach(spec.commandLine().getErr()::println);
            return 1;
        }
    }
}
