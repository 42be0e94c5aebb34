package gazette.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {
    @TempDir
    Path tmp;

    /** What the JDK's streams write is what these write, and it reads back the same, across every buffer edge. */
    @Test
    void valuesGoThroughSmallAndLargeBuffersUnchanged() throws IOException {
        for (int buffer : new int[] {1, 3, 7, 64, 1 << 16}) {
            Path mine = tmp.resolve("mine-" + buffer);
            Path jdk = tmp.resolve("jdk-" + buffer);
            try (DataOutputStream a = DataFiles.writer(mine, buffer);
                 DataOutputStream b = new DataOutputStream(Files.newOutputStream(jdk))) {
                write(a, new Random(buffer));
                write(b, new Random(buffer));
            }
            assertThat(Files.mismatch(mine, jdk)).as("the first byte that differs").isEqualTo(-1L);
            try (DataInputStream in = DataFiles.reader(mine, buffer)) {
                Random r = new Random(buffer);
                for (int k = 0; k < 2000; k++) {
                    assertThat(in.readLong()).isEqualTo(r.nextLong());
                    assertThat(in.readShort()).isEqualTo((short) r.nextInt());
                    assertThat(in.readUTF()).isEqualTo(word(r));
                    byte[] block = new byte[r.nextInt(200)];
                    r.nextBytes(block);
                    byte[] back = new byte[block.length];
                    in.readFully(back);
                    assertThat(back).isEqualTo(block);
                    assertThat(in.read()).isEqualTo(k & 0xFF);
                }
                assertThat(in.read()).isEqualTo(-1);
                assertThatThrownBy(in::readLong).isInstanceOf(EOFException.class);
            }
        }
    }

    private static void write(DataOutputStream out, Random r) throws IOException {
        for (int k = 0; k < 2000; k++) {
            out.writeLong(r.nextLong());
            out.writeShort(r.nextInt());
            out.writeUTF(word(r));
            byte[] block = new byte[r.nextInt(200)];
            r.nextBytes(block);
            out.write(block);
            out.write(k);
        }
    }

    private static String word(Random r) {
        StringBuilder s = new StringBuilder();
        for (int n = r.nextInt(30); n > 0; n--) s.append((char) (r.nextBoolean() ? 'a' + r.nextInt(26) : 0x3040 + r.nextInt(90)));
        return s.toString();
    }
}
