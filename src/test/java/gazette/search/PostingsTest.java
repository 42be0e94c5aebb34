package gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingsTest {
    @Test
    void aListOfPairsSortsAsAnyArrayWouldWhateverPartOfItCameInOrder() {
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            int size = random.nextInt(200);
            // a run in order, as the cache gives, then some in any order, as a build's own articles come
            int ordered = size == 0 ? 0 : random.nextInt(size + 1);
            long[] values = new long[size];
            long at = random.nextInt(50);
            for (int k = 0; k < ordered; k++) values[k] = at += random.nextInt(round % 3 == 0 ? 2 : 40);
            for (int k = ordered; k < size; k++) values[k] = random.nextInt(round % 2 == 0 ? 60 : 100_000);
            Postings.LongList list = new Postings.LongList();
            for (long v : values) list.add(v);
            list.sort();
            long[] expected = values.clone();
            Arrays.sort(expected);
            long[] got = new long[list.size()];
            for (int k = 0; k < got.length; k++) got[k] = list.get(k);
            assertThat(got).as("round %d", round).containsExactly(expected);
        }
    }
}
