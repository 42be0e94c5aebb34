package gazette.render;

import java.io.IOException;
import java.io.Writer;

/**
 * Where a template writes its page: a string builder with a ceiling. A template that writes
 * without end would otherwise fill the memory before its time runs out; past the ceiling it is
 * stopped, at the instruction that was writing.
 */
final class PageWriter extends Writer {
    /** Characters a page may have: a long article is a few hundred thousand. */
    static final int MAX_CHARS = 64 << 20;

    private final StringBuilder page = new StringBuilder(16 * 1024);

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        room(len);
        page.append(chars, off, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        room(len);
        // a whole string, as templates mostly write, is copied at once; a part of one a character at a time
        if (off == 0 && len == s.length()) page.append(s);
        else page.append(s, off, off + len); // a start and an end, where Writer gives a start and a length
    }

    @Override
    public void write(int c) throws IOException {
        room(1);
        page.append((char) c);
    }

    private void room(int len) throws IOException {
        if (page.length() + (long) len <= MAX_CHARS) return;
        String why = "wrote more than " + (MAX_CHARS >> 20) + " million characters";
        RenderThread t = RenderThread.current();
        if (t != null) t.stopHere(why);
        throw new IOException(why);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
        return page.toString();
    }
}
