package gazette.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Publishing by link ({@code build --link}): the output folder is a symbolic link to the newest
 * whole build, kept beside it as {@code .site.build-…}. Publishing points the link at the new
 * build with one rename, which on a POSIX system replaces the link in one step: a reader sees the
 * old site or the new one, never a moment with neither (as between the two renames of a swap) and
 * never a mix (as while an incremental build moves its files in). An incremental build's new
 * folder holds the files it made and hard links to the live build's others, so it costs little
 * more than the files that changed.
 */
final class LinkedSite {
    static final String BUILD = "build-";
    static final String LINK = "link-";

    private LinkedSite() {
    }

    /** True when {@code out} is a link made by publishing by link: to a {@code .site.build-…} folder beside it. */
    static boolean isOurs(Path out) {
        if (!Files.isSymbolicLink(out)) return false;
        try {
            Path to = Files.readSymbolicLink(out);
            return to.getNameCount() == 1 && !to.isAbsolute() && to.toString().startsWith(OutputFolder.prefix(out) + BUILD);
        } catch (IOException e) {
            return false;
        }
    }

    /** Why {@code out} cannot be published by link, or null when it can: a link made otherwise, or a mount point, is not replaced. */
    static String refusal(Path out) throws IOException {
        if (Files.isSymbolicLink(out) && !isOurs(out)) {
            return out + " is a symbolic link to " + Files.readSymbolicLink(out) + ", which --link did not make: it is published into"
                    + " without --link; to publish by link, remove the link (the folder it leads to stays)";
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !isOurs(out) && !FolderKind.replaceable(out)) {
            return out + " is a mount point, which cannot be replaced by a link: build without --link (it is published into)";
        }
        return null;
    }

    /**
     * Makes {@code staging} the whole new build, renames it to a build folder and points
     * {@code out} at it. Returns the folder the site was in before (the last build, or the folder
     * {@code out} was before it became a link), to be removed once the build's state is saved; null if none.
     *
     * @param removed for an incremental build, the live files it removes; null for a clean build,
     *                whose staging folder is already the whole site
     */
    static Path publish(Path out, Path staging, Set<String> staged, Collection<String> removed, String id) throws IOException {
        if (removed != null) linkUnchanged(out.toRealPath(), staging, staged, new HashSet<>(removed));
        Path build = out.resolveSibling(OutputFolder.prefix(out) + BUILD + id);
        Files.move(staging, build, StandardCopyOption.ATOMIC_MOVE);
        Path link = out.resolveSibling(OutputFolder.prefix(out) + LINK + id);
        Files.createSymbolicLink(link, build.getFileName());
        Path before = null;
        if (isOurs(out)) {
            before = out.resolveSibling(Files.readSymbolicLink(out));
        } else if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            // the first build by link: the folder is moved aside once, and the link takes its place
            before = out.resolveSibling(OutputFolder.prefix(out) + "old-" + id);
            Files.move(out, before, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(link, out, StandardCopyOption.ATOMIC_MOVE); // the one step readers see
        } catch (IOException e) {
            Files.deleteIfExists(link);
            if (before != null && !isOurs(out) && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) Files.move(before, out, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        return before;
    }

    /** Hard links (copies where the disk has none) of the live build's files that this build neither made nor removed. */
    private static void linkUnchanged(Path live, Path staging, Set<String> staged, Set<String> removed) throws IOException {
        Set<Path> folders = new HashSet<>(); // made (or found) already: one call a folder, not a file
        Files.walkFileTree(live, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                String rel = live.relativize(f).toString().replace('\\', '/');
                if (staged.contains(rel) || removed.contains(rel)) return FileVisitResult.CONTINUE;
                Path to = staging.resolve(rel);
                if (folders.add(to.getParent())) Files.createDirectories(to.getParent()); // none for a folder whose files all went
                try {
                    Files.createLink(to, f);
                } catch (UnsupportedOperationException | FileSystemException e) {
                    Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * What a killed build by link left: build folders the link does not lead to, and links not yet
     * renamed into place. A build killed after its link was renamed, before its state was saved,
     * left the last build beside it: any such leftover means the saved state may not describe the
     * live site.
     */
    static List<Path> leftovers(Path out) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(out.getParent())) return found;
        String live = isOurs(out) ? Files.readSymbolicLink(out).toString() : null;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(out.getParent(), OutputFolder.prefix(out) + "*")) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                boolean build = name.startsWith(OutputFolder.prefix(out) + BUILD) && !name.equals(live);
                if (build || name.startsWith(OutputFolder.prefix(out) + LINK)) found.add(p);
            }
        }
        return found;
    }
}
