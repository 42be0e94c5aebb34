package gazette.testing;

import gazette.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A throw-away archive in a temporary folder: write articles, run the real command line, read pages. */
public final class Fixture {
    public final Path root;
    public final Path content;
    public final Path out;

    public Fixture(Path root) {
        this.root = root;
        this.content = root.resolve("content");
        this.out = root.resolve("site");
        try {
            Files.createDirectories(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a Markdown article with the given front matter lines and body. */
    public Path article(String file, String body, String... frontMatter) {
        StringBuilder s = new StringBuilder("---\n");
        for (String line : frontMatter) s.append(line).append('\n');
        s.append("---\n").append(body).append('\n');
        return write(file, s.toString());
    }

    public Path write(String file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String file, byte[] bytes) {
        Path p = content.resolve(file);
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The outcome of one run of the command line. */
    public record Run(int exit, String out, String err) {}

    /** Runs {@code gazette build} on this archive, with its default settings unless args add some. */
    public Run build(String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", out.toString(),
                "--templates", root.resolve("templates").toString(), "--config", root.resolve("gazette.yaml").toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    public void settings(String yaml) {
        try {
            Files.writeString(root.resolve("gazette.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page at a site path such as "2024/03/07/" (its index.html), parsed. */
    public Document page(String path) {
        Path file = out.resolve(path.isEmpty() ? "index.html" : path + "index.html");
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "http://localhost/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code gazette build} in a separate JVM with extra environment variables (SOURCE_DATE_EPOCH cannot be set in this one). */
    public Run buildWithEnvironment(java.util.Map<String, String> env, String... extra) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "gazette.cli.Main", "build", "--content", content.toString(), "--out", out.toString(),
                "--templates", root.resolve("templates").toString(), "--config", root.resolve("gazette.yaml").toString()));
        command.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("SOURCE_DATE_EPOCH");
        pb.environment().putAll(env);
        try {
            Path stdout = Files.createTempFile(root, "stdout", ".txt");
            Path stderr = Files.createTempFile(root, "stderr", ".txt");
            Process p = pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("gazette build did not finish in 60 s");
            }
            return new Run(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any file of the built site, such as "feed.xml", as text. */
    public String file(String path) {
        try {
            return Files.readString(out.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String path) {
        return Files.isRegularFile(out.resolve(path.isEmpty() ? "index.html" : path + "index.html"));
    }

    /** What a clean build of the content as it is now publishes, built into a folder of its own beside the archive. */
    public java.util.Map<String, String> reference() {
        Path ref = root.resolve("reference-" + System.nanoTime());
        Run r = run("build", "--content", content.toString(), "--out", ref.toString(),
                "--templates", root.resolve("templates").toString(), "--config", root.resolve("gazette.yaml").toString());
        if (r.exit() != 0) throw new IllegalStateException("the reference build failed: " + r.err());
        return snapshot(ref);
    }

    /** Every file of a folder with its bytes (as Latin-1 text), to compare a site before and after; empty when there is no folder. */
    public static java.util.Map<String, String> snapshot(Path dir) {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        if (!Files.exists(dir)) return files;
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
