package gazette.search;

import gazette.search.Postings.IntList;
import gazette.text.Json;
import gazette.write.FileSink;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code search/terms-N.json}: the terms whose hash falls in shard N, each with its postings.
 * Terms are hashed to shards, not grouped by their first letters, so shards come out the same
 * size whatever the language ("co…" holds far more English words than "qz…").
 */
final class TermShards {
    /** Aim for term shards of about this many bytes: a query of three words costs three of them. */
    static final int TARGET_SHARD_BYTES = 48 * 1024;
    /** Distinct terms of a typical news article (400-900 words): sizes the term shards. */
    static final int TERMS_PER_ARTICLE = 250;

    private TermShards() {}

    /**
     * How many shards, a power of two times the buckets, so that a shard holds about
     * TARGET_SHARD_BYTES (two bytes a posting). Estimated from the number of articles alone, so the
     * same archive size always gives the same files (an incremental build can then keep them all).
     */
    static int count(int articles, int buckets) {
        return buckets * multiplier((long) articles * TERMS_PER_ARTICLE, buckets);
    }

    static int multiplier(long postings, int buckets) {
        long perBucket = postings * 2 / buckets;
        int m = 1;
        while ((long) m * TARGET_SHARD_BYTES < perBucket && m < (1 << 16)) m *= 2;
        return m;
    }

    /**
     * One bucket's terms into its shards (those with number ≡ bucket modulo the bucket count);
     * returns its term count. An article's id counts from the oldest; the newest, from
     * {@code recentFrom} on, go to {@code recent} instead. The bucket's terms are written to
     * {@code keep} (the next build's cache) when it is not null.
     */
    static long write(TermBuckets bucket, int b, int buckets, int shards, Relevance relevance, RecentTerms recent, int recentFrom,
            FileSink out, DataOutputStream keep) throws IOException {
        Map<String, Postings.LongList> pairs = new HashMap<>();
        bucket.read(b, term -> pairs.computeIfAbsent(term, t -> new Postings.LongList()));
        Map<String, IntList> postings = new HashMap<>(pairs.size() * 2);
        int last = relevance.docs() - 1;
        TermCache.TermWriter cached = keep == null ? null : new TermCache.TermWriter();
        // the newest articles' postings, handed to recent at once: buckets are made on several threads
        Map<String, IntList> newest = new HashMap<>();
        for (java.util.Iterator<Map.Entry<String, Postings.LongList>> it = pairs.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Postings.LongList> e = it.next();
            it.remove(); // a term's pairs go once its postings are made: the two are not held at once
            String term = e.getKey();
            Postings.LongList list = e.getValue();
            // articles are added as their pages are rendered, in no set order: sorted by place, the newest first
            list.sort();
            if (keep != null) cached.write(keep, term, list);
            IntList ids = null;
            IntList fresh = null;
            // from the oldest, so the ids (counted from the oldest) ascend
            for (int k = list.size() - 1; k >= 0; k--) {
                int article = Postings.article(list.get(k));
                int id = last - article;
                int posting = id * Relevance.LEVELS + relevance.level(article, Postings.count(list.get(k)));
                if (id >= recentFrom) {
                    if (fresh == null) fresh = new IntList();
                    fresh.add(posting);
                } else {
                    if (ids == null) ids = new IntList();
                    ids.add(posting);
                }
            }
            if (ids != null) postings.put(term, ids);
            if (fresh != null) newest.put(term, fresh);
        }
        recent.addAll(newest);
        int per = shards / buckets;
        List<List<String>> byShard = new ArrayList<>(per);
        for (int k = 0; k < per; k++) byShard.add(new ArrayList<>());
        for (String term : postings.keySet()) byShard.get((int) (TermHash.of(term) % shards) / buckets).add(term);
        for (int k = 0; k < per; k++) {
            List<String> terms = byShard.get(k);
            terms.sort(null);
            StringBuilder s = new StringBuilder(TARGET_SHARD_BYTES + 1024).append('{');
            for (String t : terms) {
                if (s.length() > 1) s.append(",\n");
                Json.string(t, s, false);
                s.append(":\"");
                Postings.encode(postings.get(t), s);
                s.append('"');
            }
            s.append("}\n");
            out.file(SearchIndex.FOLDER + "terms-" + (k * buckets + b) + ".json", s.toString().getBytes(StandardCharsets.UTF_8));
        }
        return postings.size();
    }
}
