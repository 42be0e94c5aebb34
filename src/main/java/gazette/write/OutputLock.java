package gazette.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * One build at a time into an output folder: an exclusive lock on a file beside it
 * ({@code .site.lock}), held from before the last build's leftovers are repaired until the
 * state is saved. The operating system releases it when the process dies, however it dies, so a
 * killed build never blocks the next one; and with the lock held, any staging folder beside the
 * output is a dead build's, safe to remove.
 */
public final class OutputLock implements AutoCloseable {
    /** Builds of one process (serve, tests) exclude each other here: a file lock is per process. */
    private static final ConcurrentHashMap<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private final Semaphore inProcess;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Semaphore inProcess, FileChannel channel, FileLock lock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when another build holds the folder and the caller would not wait. */
    public static final class Busy extends IOException {
        Busy(String message) {
            super(message);
        }
    }

    /** The lock file of output folder {@code out}. */
    public static Path fileOf(Path out) {
        Path target = out.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /**
     * Takes the folder's lock. When another build holds it: fails at once with {@link Busy}, or
     * with {@code wait} tells {@code waiting} who holds it and waits until it is free.
     */
    public static OutputLock acquire(Path out, boolean wait, Consumer<String> waiting) throws IOException {
        Path file = fileOf(out);
        if (file.getParent() == null) throw new IOException("refusing to use the file system root as the output folder");
        Files.createDirectories(file.getParent());
        Semaphore inProcess = IN_PROCESS.computeIfAbsent(file, f -> new Semaphore(1));
        boolean told = false;
        if (!inProcess.tryAcquire()) {
            if (!wait) throw busy(out, file);
            waiting.accept(waitingMessage(out, file));
            told = true;
            inProcess.acquireUninterruptibly();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                if (!wait) throw busy(out, file);
                if (!told) waiting.accept(waitingMessage(out, file));
                lock = channel.lock();
            }
            // who holds it, for the message another build gives
            String holder = ProcessHandle.current().pid() + " " + Instant.now() + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.US_ASCII)), 0);
            return new OutputLock(inProcess, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) channel.close();
            inProcess.release();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // cannot happen behind the in-process lock; read as "held"
        }
    }

    private static Busy busy(Path out, Path file) {
        return new Busy("another build is writing into " + out + holder(file)
                + "; run again when it has finished, or with --wait to wait for it");
    }

    private static String waitingMessage(Path out, Path file) {
        return "waiting for another build into " + out + holder(file) + " to finish";
    }

    /**
     * " (process 1234, since 10:04:31)", or nothing when the file says nothing readable. The
     * holder writes its line just after it takes the lock, so an empty file is read again briefly.
     */
    static String holder(Path file) {
        for (int tries = 0; tries < 20; tries++) {
            String said = holderOnce(file);
            if (!said.isEmpty()) return said;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
        return "";
    }

    private static String holderOnce(Path file) {
        try {
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            if (parts.length != 2 || !parts[0].matches("[0-9]{1,10}")) return "";
            String since = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault()).format(Instant.parse(parts[1]));
            return " (process " + parts[0] + ", since " + since + ")";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            // the file stays: removing it would let a build that opened it lock a file no one else sees
            lock.release();
            channel.close();
        } finally {
            inProcess.release();
        }
    }
}
