package gazette.write;

import java.nio.file.Path;

/** A process that holds an output folder's lock until its standard input closes: another build, for tests. */
public final class HoldOutputLock {
    private HoldOutputLock() {
    }

    public static void main(String[] args) throws Exception {
        try (OutputLock lock = OutputLock.acquire(Path.of(args[0]), false, m -> { })) {
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to let go
            }
        }
    }
}
