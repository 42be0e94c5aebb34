package gazette.io;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Binary files read and written through {@link DataInputStream} and {@link DataOutputStream},
 * over buffers that take no lock. The JDK's buffered streams lock on every call, and these
 * streams call once a byte for {@code readShort}, {@code writeShort} and the like: the search
 * index's spill and cache go through them tens of millions of times a build. A stream made here
 * belongs to one thread at a time (or to callers that hold their own lock).
 */
public final class DataFiles {
    private DataFiles() {}

    public static DataInputStream reader(Path file, int buffer) throws IOException {
        return new DataInputStream(new Input(Files.newInputStream(file), buffer));
    }

    public static DataOutputStream writer(Path file, int buffer) throws IOException {
        return writer(Files.newOutputStream(file), buffer);
    }

    /** Closing the stream closes {@code out}. */
    public static DataOutputStream writer(OutputStream out, int buffer) {
        return new DataOutputStream(new Output(out, buffer));
    }

    private static final class Input extends InputStream {
        private final InputStream in;
        private final byte[] buf;
        private int pos;
        private int end;

        Input(InputStream in, int buffer) {
            this.in = in;
            this.buf = new byte[buffer];
        }

        /** False at the end of the stream; else the buffer holds at least one byte. */
        private boolean fill() throws IOException {
            if (pos < end) return true;
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) return false;
            pos = 0;
            end = n;
            return true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? buf[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) return 0;
            // a read larger than the buffer goes straight to the file, as the JDK's does
            if (pos == end && len >= buf.length) return in.read(b, off, len);
            if (!fill()) return -1;
            int n = Math.min(len, end - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public int available() throws IOException {
            return end - pos + in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class Output extends OutputStream {
        private final OutputStream out;
        private final byte[] buf;
        private int count;

        Output(OutputStream out, int buffer) {
            this.out = out;
            this.buf = new byte[buffer];
        }

        @Override
        public void write(int b) throws IOException {
            if (count == buf.length) drain();
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len >= buf.length) {
                drain();
                out.write(b, off, len);
                return;
            }
            if (len > buf.length - count) drain();
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        private void drain() throws IOException {
            if (count > 0) out.write(buf, 0, count);
            count = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try (out) {
                flush();
            }
        }
    }
}
