package gazette.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gazette build} as a user runs it, in a process of its own, timed whole: the JVM's start,
 * the launcher's flags and the build. The launcher beside the jar runs it ({@code gazette}, or
 * {@code gazette.cmd} on Windows); without one (Gazette run from a classes folder), {@code java}
 * with this process's class path.
 */
final class CommandRuns {
    /**
     * How one run went: its wall time, its peak resident memory as last seen (-1: unknown), and
     * what it said it did (its {@code changes:} line, or its {@code files:} line, and its
     * {@code stages:} line, which says {@code check} for a build that found nothing changed).
     */
    record Run(double seconds, long peakResident, String wrote) {}

    private final List<String> command;

    private CommandRuns(List<String> command) {
        this.command = command;
    }

    /** The command that runs {@code gazette} from where this code was loaded. */
    static CommandRuns here() throws IOException {
        Path code;
        try {
            code = Path.of(CommandRuns.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException("cannot find Gazette's own code: " + e.getMessage(), e);
        }
        boolean windows = File.separatorChar == '\\';
        Path launcher = code.resolveSibling(windows ? "gazette.cmd" : "gazette");
        if (Files.isRegularFile(code) && Files.isExecutable(launcher)) return new CommandRuns(List.of(launcher.toString()));
        String java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString();
        return new CommandRuns(List.of(java, "-cp", System.getProperty("java.class.path"), "gazette.cli.Main"));
    }

    /** What runs: the launcher, or java and its class path. */
    String program() {
        return command.get(0);
    }

    /** Runs {@code gazette} with these arguments, and fails with what it printed when it fails. */
    Run run(Path log, String... args) throws IOException {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(args));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(all).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long peak = -1;
        try {
            // the process's high-water mark, read until it ends (Linux): the last reading is within 20 ms of its end
            while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) peak = Math.max(peak, highWaterMark(p.pid()));
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("stopped while timing gazette " + String.join(" ", args));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (p.exitValue() != 0) {
            throw new IOException("gazette " + String.join(" ", args) + " exited with " + p.exitValue() + ":\n" + Files.readString(log));
        }
        List<String> said = Files.readAllLines(log).stream().map(l -> l.strip().replaceAll(" +", " ")).toList();
        String wrote = said.stream().filter(l -> l.startsWith("changes:")).findFirst()
                .orElse(said.stream().filter(l -> l.startsWith("files:")).findFirst().orElse(""));
        String stages = said.stream().filter(l -> l.startsWith("stages:")).findFirst().orElse("");
        return new Run(seconds, peak, wrote.isEmpty() || stages.isEmpty() ? wrote + stages : wrote + "; " + stages);
    }

    /** VmHWM of a process, in bytes; -1 when it cannot be read. */
    private static long highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process has just ended
        }
        return -1;
    }
}
