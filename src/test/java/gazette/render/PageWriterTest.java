package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class PageWriterTest {
    @Test
    void writesWhatItIsGivenEveryWayItIsGiven() throws IOException {
        PageWriter w = new PageWriter();
        w.write("<p>a &amp; b</p>", 3, 9);
        w.write(new char[] {'x', 'y', 'z'}, 1, 2);
        w.write('!');
        w.write("end");
        assertThat(w.toString()).isEqualTo("a &amp; byz!end");
    }

    @Test
    void stopsAtItsCeiling() throws IOException {
        PageWriter w = new PageWriter();
        char[] mega = new char[1 << 20];
        for (int i = 0; i < PageWriter.MAX_CHARS >> 20; i++) w.write(mega, 0, mega.length);
        assertThatThrownBy(() -> w.write('x')).isInstanceOf(IOException.class).hasMessage("wrote more than 64 million characters");
    }
}
