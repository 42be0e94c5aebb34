package gazette.pages.model;

import gazette.fingerprint.Fingerprinted;

/**
 * A model value made only when a template reads it (an article's body, a neighbour's teaser),
 * so that fingerprinting a page costs no more than the value's fingerprint. The fingerprint must
 * change whenever the value would.
 */
public interface Deferred<T> extends Fingerprinted {
    T get();
}
