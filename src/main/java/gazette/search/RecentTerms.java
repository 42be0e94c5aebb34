package gazette.search;

import gazette.search.Postings.IntList;
import gazette.text.Json;
import gazette.write.FileSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The newest articles' postings, in {@code search/recent-N.json}, apart from the term shards.
 * Ids count from the oldest article, and the term shards hold the articles below
 * {@link #from(int)}, a multiple of {@link #BLOCK}; so a new story changes these few small files
 * and the doc shard it lands in, not every term shard its words fall in (a deploy then uploads a
 * handful of search files, not a hundred). Once {@link #BLOCK} more stories have come, the term
 * shards take them in, all rewritten at once.
 */
final class RecentTerms {
    /** How many newest articles at most stay out of the term shards. */
    static final int BLOCK = 256;
    /** Files for the newest articles' terms: a query fetches one a word (about 10 KB each when full). */
    static final int SHARDS = 16;

    private final Map<String, IntList> postings = new HashMap<>();

    /** The first id (counted from the oldest) whose postings are here, not in the term shards. */
    static int from(int docs) {
        return docs / BLOCK * BLOCK;
    }

    /** The file a term's newest postings are in: its hash, as the page finds it. */
    static int shard(String term) {
        return (int) (TermHash.of(term) % SHARDS);
    }

    /**
     * One bucket's postings, at once, from any bucket's thread (the postings are sorted when
     * written). A term's hash gives its bucket, so two buckets should not bring the same term; if
     * they did, its postings would be joined.
     */
    synchronized void addAll(Map<String, IntList> bucket) {
        for (Map.Entry<String, IntList> e : bucket.entrySet()) {
            IntList known = postings.putIfAbsent(e.getKey(), e.getValue());
            if (known != null) for (int k = 0; k < e.getValue().size(); k++) known.add(e.getValue().get(k));
        }
    }

    void write(FileSink out) throws IOException {
        List<List<String>> byShard = new ArrayList<>(SHARDS);
        for (int k = 0; k < SHARDS; k++) byShard.add(new ArrayList<>());
        for (String term : postings.keySet()) byShard.get(shard(term)).add(term);
        for (int k = 0; k < SHARDS; k++) {
            List<String> terms = byShard.get(k);
            terms.sort(null);
            StringBuilder s = new StringBuilder(16 * 1024).append('{');
            for (String t : terms) {
                IntList ids = postings.get(t);
                ids.sort();
                if (s.length() > 1) s.append(",\n");
                Json.string(t, s, false);
                s.append(":\"");
                Postings.encode(ids, s);
                s.append('"');
            }
            s.append("}\n");
            out.file(SearchIndex.FOLDER + "recent-" + k + ".json", s.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
