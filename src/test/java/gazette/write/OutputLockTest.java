package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One build at a time into an output folder, across processes and within one. */
class OutputLockTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondBuildInAnotherProcessFailsAtOnceNamingTheFirstAndTheLockGoesWithItsProcess() throws Exception {
        Path out = tmp.resolve("site");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldOutputLock.class.getName(), out.toString()).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("holding");
            assertThatThrownBy(() -> OutputLock.acquire(out, false, m -> { }))
                    .isInstanceOf(OutputLock.Busy.class)
                    .hasMessageStartingWith("another build is writing into " + out + " (process " + holder.pid() + ", since ")
                    .hasMessageEndingWith("; run again when it has finished, or with --wait to wait for it");
            // killed, as by SIGKILL: the operating system lets go of its lock
            holder.destroyForcibly();
            assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
            try (OutputLock lock = OutputLock.acquire(out, false, m -> { })) {
                assertThat(Files.readString(OutputLock.fileOf(out))).startsWith(ProcessHandle.current().pid() + " ");
            }
        } finally {
            holder.destroyForcibly();
        }
        assertThat(OutputLock.fileOf(out)).isEqualTo(tmp.resolve(".site.lock"));
    }

    @Test
    void withWaitASecondBuildSaysWhoItWaitsForAndGoesOnWhenTheFirstEnds() throws Exception {
        Path out = tmp.resolve("site");
        List<String> notices = new CopyOnWriteArrayList<>();
        OutputLock first = OutputLock.acquire(out, false, m -> { });
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            try (OutputLock lock = OutputLock.acquire(out, true, notices::add)) {
                notices.add("got it");
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(300);
        assertThat(second).isNotDone();
        assertThat(notices).singleElement().asString().startsWith("waiting for another build into " + out + " (process ");
        first.close();
        second.get(10, TimeUnit.SECONDS);
        assertThat(notices).last().isEqualTo("got it");
        // and without --wait, a build in the same process is refused while one holds the folder
        try (OutputLock again = OutputLock.acquire(out, false, m -> { })) {
            assertThatThrownBy(() -> OutputLock.acquire(out, false, m -> { })).isInstanceOf(OutputLock.Busy.class);
        }
    }

    @Test
    void theHolderIsNamedEvenWhenAskedTheMomentItTookTheLock() throws Exception {
        Path file = tmp.resolve(".site.lock");
        Files.writeString(file, ""); // taken, its line not yet written
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(50);
                Files.writeString(file, "4242 2026-12-05T10:04:31Z\n");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        assertThat(OutputLock.holder(file)).startsWith(" (process 4242, since ");
        writer.join();
    }
}
