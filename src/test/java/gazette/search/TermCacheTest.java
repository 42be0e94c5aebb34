package gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermCacheTest {
    @Test
    void aTermsRecordGivesBackItsTermArticlesAndCountsWhateverTheirSize() throws IOException {
        Random random = new Random(7);
        List<String> terms = List.of("fire", "zürich", "東京", "year:2024", "x".repeat(SearchTerms.MAX_LENGTH));
        List<long[]> written = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        TermCache.TermWriter writer = new TermCache.TermWriter();
        for (String term : terms) {
            // entries with gaps of one byte and of four, counts up to the largest kept
            int[] places = {0, 1, 127, 128, 16_383, 16_384, 2_000_000, (1 << 27) - 1};
            int[] counts = {1, 127, 128, 255, 1000, Short.MAX_VALUE, 2, 3};
            Postings.LongList pairs = new Postings.LongList();
            long[] expected = new long[places.length];
            for (int k = 0; k < places.length; k++) {
                int count = k == 0 ? 1 + random.nextInt(5) : counts[k];
                pairs.add(Postings.pair(places[k], count));
                expected[k] = Postings.pair(places[k], count);
            }
            writer.write(out, term, pairs);
            written.add(expected);
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        TermCache.TermRecord record = new TermCache.TermRecord();
        for (int t = 0; t < terms.size(); t++) {
            assertThat(record.read(in)).isTrue();
            String term = DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream(record.utf, 0, record.utfLength + 2)));
            assertThat(term).isEqualTo(terms.get(t));
            long[] read = new long[record.pairs];
            for (int k = 0; k < read.length; k++) {
                int entry = record.nextEntry(1 << 27);
                read[k] = Postings.pair(entry, record.nextCount());
            }
            record.end();
            assertThat(read).containsExactly(written.get(t));
        }
        assertThat(record.read(in)).isFalse();
    }

    @Test
    void aDamagedRecordIsToldFromAWholeOne() throws IOException {
        // pairs: (3, 2), (5, 1)
        byte[] whole = record(2, new byte[] {3, 2, 2, 1});
        assertThat(pairsOf(whole, 10)).isEqualTo("3:2 5:1");
        // an entry past the table, a count past the largest kept, bytes short of the pairs, bytes left over
        assertThat(damage(record(2, new byte[] {3, 2, 9, 1}), 10)).isTrue();
        assertThat(damage(record(1, new byte[] {3, (byte) 0x80, (byte) 0x80, 2}), 10)).isTrue();
        assertThat(damage(record(2, new byte[] {3, 2, 2}), 10)).isTrue();
        assertThat(damage(record(1, new byte[] {3, 2, 2, 1}), 10)).isTrue();
        assertThat(damage(record(1, new byte[] {(byte) 0x83, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0, 1}), 10)).isTrue();
    }

    private static byte[] record(int pairs, byte[] block) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF("term");
        out.writeInt(pairs);
        out.writeInt(block.length);
        out.write(block);
        return bytes.toByteArray();
    }

    private static String pairsOf(byte[] bytes, int entries) throws IOException {
        TermCache.TermRecord record = new TermCache.TermRecord();
        assertThat(record.read(new DataInputStream(new ByteArrayInputStream(bytes)))).isTrue();
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < record.pairs; k++) {
            int entry = record.nextEntry(entries);
            s.append(s.length() > 0 ? " " : "").append(entry).append(':').append(record.nextCount());
        }
        record.end();
        return s.toString();
    }

    private static boolean damage(byte[] bytes, int entries) {
        try {
            pairsOf(bytes, entries);
            return false;
        } catch (IOException damaged) {
            return true;
        }
    }
}
