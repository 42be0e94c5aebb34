package gazette.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gazette} command line. */
@Command(name = "gazette", mixinStandardHelpOptions = true, version = "Gazette 0.1",
        description = "Builds a static site from a news archive.",
        subcommands = {BuildCommand.class, ServeCommand.class, DeployCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 success, 1 build failed, 2 usage). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    /** As {@link #run(String...)}, printing to the given writers (tests read them). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return new CommandLine(new Main()).setOut(out).setErr(err).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, for example: gazette build");
    }
}
