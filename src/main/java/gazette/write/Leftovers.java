package gazette.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** What a build killed while writing leaves beside the output folder, and its repair. */
public final class Leftovers {
    private Leftovers() {}

    /**
     * Repairs what a killed build left beside the output folder: a clean build killed between its
     * two renames left the old site parked (it is put back); staging folders and parked old sites
     * are removed, and what cannot be removed is told to {@code warn}, not a reason to fail. True
     * when a build was cut short. Only ever called with the folder's {@link OutputLock} held, so
     * every such leftover is a dead build's.
     */
    public static boolean recover(Path out, Consumer<String> warn) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        List<Path> parked = new ArrayList<>();
        List<Path> leftovers = new ArrayList<>();
        if (Files.isDirectory(target.getParent())) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(target.getParent(), OutputFolder.prefix(target) + "*")) {
                for (Path p : ds) {
                    String name = p.getFileName().toString();
                    if (name.startsWith(OutputFolder.prefix(target) + "old-")) parked.add(p);
                    else if (name.startsWith(OutputFolder.prefix(target) + "staging-")) leftovers.add(p);
                }
            }
        }
        parked.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<Path> byLink = LinkedSite.leftovers(target);
        boolean cutShort = !byLink.isEmpty();
        leftovers.addAll(byLink);
        if (!Files.exists(target) && !parked.isEmpty()) {
            Files.move(parked.remove(parked.size() - 1), target, StandardCopyOption.ATOMIC_MOVE);
            cutShort = true;
        }
        leftovers.addAll(parked);
        for (Path p : leftovers) {
            try {
                OutputFolder.deleteTree(p);
            } catch (IOException e) {
                warn.accept("could not remove " + p + ", left by an earlier build (" + WriteErrors.reason(e) + "): remove it by hand");
            }
        }
        return cutShort;
    }
}
