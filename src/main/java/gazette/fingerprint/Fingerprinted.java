package gazette.fingerprint;

/**
 * A model value that knows its own fingerprint, cheaper than hashing it member by member: a lazy
 * list of teasers, a body not yet rendered. {@link ValuePrint} uses it as it is.
 */
public interface Fingerprinted {
    long fingerprint();
}
