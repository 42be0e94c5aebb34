package gazette.deploy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a deploy does: the files to upload, in the order that never shows a broken link (what
 * pages link to first, then articles, then listings, feeds and sitemaps, then the front page), the
 * unchanged ones it skips, and the objects the site no longer has, deleted last.
 */
record DeployPlan(List<SiteFile> uploads, int unchanged, List<String> deletions) {
    /** {@code all}: upload every file, changed or not (a new cache policy reaches them all). */
    static DeployPlan of(List<SiteFile> site, Map<String, String> remote, boolean delete, boolean all) {
        List<SiteFile> uploads = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (SiteFile f : site) {
            keys.add(f.key());
            if (all || !f.md5().equalsIgnoreCase(remote.getOrDefault(f.key(), ""))) uploads.add(f);
        }
        uploads.sort(Comparator.comparing(SiteFile::kind).thenComparing(SiteFile::key));
        List<String> deletions = new ArrayList<>();
        if (delete) for (String k : remote.keySet()) if (!keys.contains(k)) deletions.add(k);
        deletions.sort(null);
        return new DeployPlan(List.copyOf(uploads), site.size() - uploads.size(), List.copyOf(deletions));
    }

    long bytes() {
        long n = 0;
        for (SiteFile f : uploads) n += f.size();
        return n;
    }
}
