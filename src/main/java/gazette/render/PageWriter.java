package gazette.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * Where a template writes its page: characters into an array that each render thread keeps from
 * page to page, then the page as UTF-8. A page grows its array a few times the first time and
 * never after, and goes straight to bytes, where a string builder's text went through a growing
 * copy, a string and then the encoder's own array.
 *
 * <p>It has a ceiling: a template that writes without end would otherwise fill the memory before
 * its time runs out; past the ceiling it is stopped, at the instruction that was writing.
 */
final class PageWriter extends Writer {
    /** Characters a page may have: a long article is a few hundred thousand. */
    static final int MAX_CHARS = 64 << 20;
    /** A thread keeps arrays up to this size for its next page; a larger page's are let go when the next starts. */
    private static final int KEPT_CHARS = 1 << 20;

    private static final ThreadLocal<PageWriter> KEPT = ThreadLocal.withInitial(PageWriter::new);

    private char[] chars = new char[16 * 1024];
    private byte[] bytes = new byte[0];
    private int length;
    private boolean inUse;

    /**
     * This thread's writer, empty, until {@link #release()}; a page begun while another is under
     * way on the thread (nothing does that today) gets a writer of its own.
     */
    static PageWriter forThisThread() {
        PageWriter w = KEPT.get();
        if (w.inUse) return new PageWriter();
        w.inUse = true;
        w.length = 0;
        if (w.chars.length > KEPT_CHARS) w.chars = new char[16 * 1024];
        if (w.bytes.length > 3 * KEPT_CHARS) w.bytes = new byte[0];
        return w;
    }

    @Override
    public void write(char[] c, int off, int len) throws IOException {
        room(len);
        System.arraycopy(c, off, chars, length, len);
        length += len;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        room(len);
        s.getChars(off, off + len, chars, length);
        length += len;
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(int c) throws IOException {
        room(1);
        chars[length++] = (char) c;
    }

    private void room(int len) throws IOException {
        long needed = length + (long) len;
        if (needed > MAX_CHARS) {
            String why = "wrote more than " + (MAX_CHARS >> 20) + " million characters";
            RenderThread t = RenderThread.current();
            if (t != null) t.stopHere(why);
            throw new IOException(why);
        }
        if (needed > chars.length) chars = Arrays.copyOf(chars, (int) Math.min(MAX_CHARS, Math.max(needed, 2L * chars.length)));
    }

    /** The page is done with: the thread's next page may have the writer. */
    void release() {
        inUse = false;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** The page as UTF-8, as {@code toString().getBytes(UTF_8)} gives it: a lone surrogate is a '?'. */
    byte[] utf8() {
        int n = length;
        char[] c = chars;
        if (bytes.length < 3 * n) bytes = new byte[3 * n]; // three bytes a character at most: a pair of two makes four
        byte[] b = bytes;
        int j = 0;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                b[j++] = (byte) ch;
            } else if (ch < 0x800) {
                b[j++] = (byte) (0xC0 | ch >> 6);
                b[j++] = (byte) (0x80 | ch & 0x3F);
            } else if (!Character.isSurrogate(ch)) {
                b[j++] = (byte) (0xE0 | ch >> 12);
                b[j++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[j++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
                int cp = Character.toCodePoint(ch, c[++i]);
                b[j++] = (byte) (0xF0 | cp >> 18);
                b[j++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[j++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[j++] = (byte) (0x80 | cp & 0x3F);
            } else {
                b[j++] = '?';
            }
        }
        return Arrays.copyOf(b, j);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
