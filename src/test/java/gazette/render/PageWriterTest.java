package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageWriterTest {
    @Test
    void writesWhatItIsGivenEveryWayItIsGiven() throws IOException {
        PageWriter w = PageWriter.forThisThread();
        w.write("<p>a &amp; b</p>", 3, 9);
        w.write(new char[] {'x', 'y', 'z'}, 1, 2);
        w.write('!');
        w.write("end");
        assertThat(w.toString()).isEqualTo("a &amp; byz!end");
        assertThat(new String(w.utf8(), StandardCharsets.UTF_8)).isEqualTo("a &amp; byz!end");
        w.release();
    }

    @Test
    void aThreadsNextPageStartsEmptyInTheSameWriter() throws IOException {
        PageWriter w = PageWriter.forThisThread();
        w.write("a first page, longer than the next");
        w.utf8();
        w.release();
        PageWriter next = PageWriter.forThisThread();
        assertThat(next).isSameAs(w);
        next.write("next");
        assertThat(next.utf8()).isEqualTo("next".getBytes(StandardCharsets.UTF_8));
        next.release();
    }

    @Test
    void aPageBegunWhileAnotherIsUnderWayHasAWriterOfItsOwn() throws IOException {
        PageWriter outer = PageWriter.forThisThread();
        outer.write("outer ");
        PageWriter inner = PageWriter.forThisThread();
        assertThat(inner).isNotSameAs(outer);
        inner.write("inner");
        assertThat(inner.utf8()).isEqualTo("inner".getBytes(StandardCharsets.UTF_8));
        inner.release();
        outer.write("page");
        assertThat(outer.utf8()).isEqualTo("outer page".getBytes(StandardCharsets.UTF_8));
        outer.release();
    }

    @Test
    void itsBytesAreTheJavaEncodersForEveryKindOfCharacter() throws IOException {
        Random random = new Random(7);
        // ASCII, Latin-1, two- and three-byte ranges, pairs, and lone or reversed surrogates, which the encoder makes '?'
        String[] pieces = {"a", "<p>", "é", "·", "ü", "ł", "→", "…", "日本", "\uD83D\uDCF0", "\uD83D", "\uDCF0", "\uDCF0\uD83D", "\u07FF", "\u0800", "\uFFFF", "\u0080"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder s = new StringBuilder();
            PageWriter w = PageWriter.forThisThread();
            for (int k = random.nextInt(40); k > 0; k--) {
                String piece = pieces[random.nextInt(pieces.length)];
                s.append(piece);
                // a pair may arrive split between two writes, or a character at a time
                if (piece.length() == 2 && random.nextBoolean()) {
                    w.write(piece.charAt(0));
                    w.write(piece.toCharArray(), 1, 1);
                } else {
                    w.write(piece);
                }
            }
            assertThat(w.utf8()).as("%s", s).isEqualTo(s.toString().getBytes(StandardCharsets.UTF_8));
            w.release();
        }
    }

    @Test
    void growsPastItsFirstArrayAndKeepsEveryCharacter() throws IOException {
        PageWriter w = PageWriter.forThisThread();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 100_000; i++) s.append((char) ('a' + i % 26)).append(i % 7 == 0 ? "é" : "");
        w.write(s.toString());
        assertThat(new String(w.utf8(), StandardCharsets.UTF_8)).isEqualTo(s.toString());
        w.release();
    }

    @Test
    void stopsAtItsCeiling() throws IOException {
        PageWriter w = PageWriter.forThisThread();
        char[] mega = new char[1 << 20];
        for (int i = 0; i < PageWriter.MAX_CHARS >> 20; i++) w.write(mega, 0, mega.length);
        assertThatThrownBy(() -> w.write('x')).isInstanceOf(IOException.class).hasMessage("wrote more than 64 million characters");
        w.release();
        PageWriter.forThisThread().release(); // lets the large arrays go
    }
}
