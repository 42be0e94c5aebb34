package gazette.incremental;

import gazette.index.SiteFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;

/**
 * The renames and deletions that publish an incremental build, written (and synced) beside the
 * output folder before the first of them, so that a build killed halfway is finished by the next
 * one ({@code .site.gazette-journal}).
 */
final class Journal {
    private final Path out;
    private final Path file;

    Journal(Path out) {
        this.out = out;
        this.file = out.resolveSibling("." + out.getFileName() + ".gazette-journal");
    }

    /**
     * Finishes the publishing a killed build left: true when there was any (the build was cut
     * short, so its state is not to be trusted). A journal cut short itself (no END) never started
     * its publishing: there is nothing to finish (an earlier step of the same build, serve's
     * pages before its search index, had finished its own before this journal was written). The journal stays until {@link #delete}, so that a
     * build killed again in here finishes it next time.
     */
    boolean finish() throws IOException {
        if (!Files.exists(file)) return false;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && lines.get(lines.size() - 1).equals("END")) apply(lines);
        return true;
    }

    /** Writes the journal, then carries it out: files from {@code staging} renamed over their old versions, {@code removed} deleted. */
    void publish(Path staging, Collection<String> moves, Collection<String> removed) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("S " + staging.getFileName() + "\n");
            for (String m : moves) w.write("M " + encode(m) + "\n");
            for (String r : removed) w.write("D " + encode(r) + "\n");
            w.write("END\n");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        int[] done = {0};
        try {
            apply(Files.readAllLines(file, StandardCharsets.UTF_8), done);
        } catch (IOException e) {
            if (done[0] == 0) throw e; // nothing changed yet
            int all = moves.size() + removed.size();
            throw new PublishFailure(done[0] + " of the " + all + " changes to " + out + " were made before this one failed, so the site mixes"
                    + " this build and the last; the next build makes the rest (" + file.getFileName() + ") and then builds clean", e);
        }
    }

    private void apply(List<String> lines) throws IOException {
        apply(lines, new int[1]);
    }

    /** Carries out the journal's lines; {@code done[0]} counts the changes made, for the message when one fails. */
    private void apply(List<String> lines, int[] done) throws IOException {
        Path staging = out.resolveSibling(lines.get(0).substring(2));
        for (String line : lines) {
            String rel = line.length() > 2 ? decode(line.substring(2)) : "";
            if (line.startsWith("M ")) {
                Path from = SiteFiles.resolve(staging, rel);
                Path to = SiteFiles.resolve(out, rel);
                if (!Files.exists(from)) continue; // moved before the build was killed
                Files.createDirectories(to.getParent());
                replace(from, to);
                done[0]++;
            } else if (line.startsWith("D ")) {
                Path gone = SiteFiles.resolve(out, rel);
                Files.deleteIfExists(gone);
                pruneEmptyFolders(gone.getParent());
                done[0]++;
            }
        }
    }

    /** One path, one line, whatever its name holds: '%', line breaks and other controls as %XX. */
    static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' || c < 0x20 || c == 0x7f) out.append('%').append(String.format("%02X", (int) c));
            else out.append(c);
        }
        return out.toString();
    }

    static String decode(String line) {
        if (line.indexOf('%') < 0) return line;
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '%' && i + 2 < line.length()) {
                out.append((char) Integer.parseInt(line, i + 1, i + 3, 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Puts {@code from} in the place of {@code to} in one step: a rename, or where the staging
     * folder is on another device (the output folder is a mount point, or a link to one) a copy
     * beside {@code to}, then renamed over it.
     */
    private static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Path copy = to.resolveSibling("." + to.getFileName() + ".gazette-new");
            Files.copy(from, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES); // its time too: see FileStat
            Files.move(copy, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.delete(from);
        }
    }

    private void pruneEmptyFolders(Path dir) throws IOException {
        while (dir != null && dir.startsWith(out) && !dir.equals(out)) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
            dir = dir.getParent();
        }
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
