package gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code mvn package} puts beside the jar ({@code target/gazette}, README "The
 * launcher"): it runs the jar, with the quick compiler and a capped heap for a build, the full
 * compiler for {@code serve}, and the user's {@code JAVA_OPTS} after its own.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("target/gazette");

    @TempDir
    Path tmp;

    record Run(int exit, String out) {}

    static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void theLauncherIsExecutableAndBuildsASite() throws Exception {
        assertThat(Files.isExecutable(LAUNCHER)).as("target/gazette is executable").isTrue();
        assertThat(Path.of("target/gazette.cmd")).isRegularFile();
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(content.resolve("tram.md"), "---\ntitle: Tram line approved\ndate: 2024-03-07\n---\nThe council voted.\n");
        Run r = run(Map.of(), "build", "--content", content.toString(), "--out", tmp.resolve("site").toString(),
                "--config", tmp.resolve("none.yaml").toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(tmp.resolve("site/2024/03/07/tram-line-approved/index.html")).isRegularFile();
        // what went wrong reaches the user, with the jar's exit code
        Run bad = run(Map.of(), "build", "--content", tmp.resolve("missing").toString(), "--out", tmp.resolve("site2").toString());
        assertThat(bad.exit()).isNotZero();
    }

    @Test
    void aSmallArchivesBuildRunsTheQuickCompilerWithACappedHeapAndTheSerialCollectorAndServeTheDefaults() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("small"));
        Files.writeString(content.resolve("a.md"), "---\ntitle: A\ndate: 2024-03-07\n---\nA.\n");
        Map<String, String> flags = Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal");
        String build = run(flags, "build", "--content", content.toString(), "--help").out();
        assertThat(flag(build, "TieredStopAtLevel")).isEqualTo("1");
        assertThat(Long.parseLong(flag(build, "MaxHeapSize"))).isEqualTo(640L << 20);
        assertThat(flag(build, "UseSerialGC")).isEqualTo("true");
        // --content=DIR is read too
        assertThat(flag(run(flags, "build", "--content=" + content, "--help").out(), "TieredStopAtLevel")).isEqualTo("1");
        String serve = run(flags, "serve", "--help").out();
        assertThat(flag(serve, "TieredStopAtLevel")).isEqualTo("4");
        assertThat(Long.parseLong(flag(serve, "MaxHeapSize"))).isNotEqualTo(640L << 20);
        assertThat(flag(serve, "UseSerialGC")).isEqualTo("false");
        // the user's options come last, so they win; options that size the heap leave it to them
        String mine = run(Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal -Xmx2g"), "build", "--content", content.toString(), "--help").out();
        assertThat(Long.parseLong(flag(mine, "MaxHeapSize"))).isEqualTo(2048L << 20);
        // a heap the user sizes gets the JVM's own collector; a collector the user picks is the one
        assertThat(flag(mine, "UseSerialGC")).isEqualTo("false");
        Run parallel = run(Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal -XX:+UseParallelGC"), "build", "--content", content.toString(), "--help");
        assertThat(parallel.exit()).as(parallel.out()).isZero();
        assertThat(flag(parallel.out(), "UseParallelGC")).isEqualTo("true");
        assertThat(Long.parseLong(flag(parallel.out(), "MaxHeapSize"))).isEqualTo(640L << 20);
        // the JVM reads JAVA_TOOL_OPTIONS by itself, and an @argfile is not read by the launcher: both are the user's
        Run tool = run(Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal", "JAVA_TOOL_OPTIONS", "-XX:+UseG1GC"), "build", "--content", content.toString(), "--help");
        assertThat(tool.exit()).as(tool.out()).isZero();
        assertThat(flag(tool.out(), "UseG1GC")).isEqualTo("true");
        Path argfile = Files.writeString(tmp.resolve("jvm.args"), "-XX:+UseParallelGC\n");
        Run fromFile = run(Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal @" + argfile), "build", "--content", content.toString(), "--help");
        assertThat(fromFile.exit()).as(fromFile.out()).isZero();
        assertThat(flag(fromFile.out(), "UseParallelGC")).isEqualTo("true");
        // each option on its own: "GC" in another option's name picks no collector
        String other = run(Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal -XX:+UseCompressedOops -XX:ParallelGCThreads=2"), "build", "--content",
                content.toString(), "--help").out();
        assertThat(flag(other, "UseSerialGC")).isEqualTo("true");
        Run initial = run(Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal -Xms1g"), "build", "--content", content.toString(), "--help");
        assertThat(initial.exit()).as(initial.out()).isZero();
        assertThat(Long.parseLong(flag(initial.out(), "MaxHeapSize"))).isGreaterThanOrEqualTo(1024L << 20);
        assertThat(Long.parseLong(flag(run(Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal -XX:MaxRAMPercentage=50"), "build", "--content",
                content.toString(), "--help").out(), "MaxHeapSize"))).isNotEqualTo(640L << 20);
    }

    @Test
    void theJvmStartsFromTheClassDataArchiveMadeByPackage() throws Exception {
        assertThat(Path.of("target/gazette.jsa")).as("mvn package dumps the archive").isRegularFile();
        // -Xshare:on stops the JVM when it cannot use the archive it is given; the log says it was mapped
        for (String command : new String[] {"build", "serve"}) {
            Run r = run(Map.of("JAVA_OPTS", "-Xshare:on -Xlog:cds=info"), command, "--help");
            assertThat(r.exit()).as(r.out()).isZero();
            assertThat(r.out()).contains("Mapped dynamic region");
        }
    }

    @Test
    void aLinkToTheLauncherFindsTheJarBesideIt() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("gazette"), LAUNCHER.toAbsolutePath());
        ProcessBuilder pb = new ProcessBuilder(link.toString(), "--version").redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    @Test
    void aLargerArchivesBuildKeepsTheFullCompiler() throws Exception {
        // past 20,000 articles the quick compiler no longer pays: only the heap is held
        Path content = Files.createDirectories(tmp.resolve("larger"));
        for (int d = 0; d < 21; d++) {
            Path day = Files.createDirectories(content.resolve("d" + d));
            // the reader takes .MD and .TXT as it takes .md and .txt: so does the count
            for (int n = 0; n < 1000; n++) Files.write(day.resolve(n + (n % 2 == 0 ? ".md" : ".TXT")), new byte[0]);
        }
        String build = run(Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal"), "build", "--content", content.toString(), "--help").out();
        assertThat(flag(build, "TieredStopAtLevel")).isEqualTo("4");
        assertThat(Long.parseLong(flag(build, "MaxHeapSize"))).isEqualTo(768L << 20);
        assertThat(flag(build, "UseSerialGC")).isEqualTo("true");
    }

    /** A flag's value in -XX:+PrintFlagsFinal's table ("intx TieredStopAtLevel = 1 {…}"). */
    static String flag(String table, String name) {
        for (String line : table.split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length >= 4 && w[1].equals(name) && w[2].equals("=")) return w[3];
        }
        throw new AssertionError(name + " is not in the flags printed:\n" + table.substring(0, Math.min(400, table.length())));
    }
}
