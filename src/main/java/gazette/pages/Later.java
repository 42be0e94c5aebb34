package gazette.pages;

import gazette.pages.model.Deferred;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A value made on first use, with the fingerprint of what it is made from. One page, one thread. */
final class Later<T> implements Deferred<T> {
    /** Makes the value; may read a file. */
    @FunctionalInterface
    interface Maker<T> {
        T make() throws IOException;
    }

    private final Maker<T> maker;
    private final long fingerprint;
    private T value;

    Later(Maker<T> maker, long fingerprint) {
        this.maker = maker;
        this.fingerprint = fingerprint;
    }

    @Override
    public T get() {
        if (value == null) {
            try {
                value = maker.make();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return value;
    }

    @Override
    public long fingerprint() {
        return fingerprint;
    }
}
