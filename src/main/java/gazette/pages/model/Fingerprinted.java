package gazette.pages.model;

/**
 * A model value that knows its own fingerprint, cheaper than hashing it member by member: a lazy
 * list of teasers, a body not yet rendered. {@link gazette.pages.ModelPrint} uses it as it is.
 */
public interface Fingerprinted {
    long fingerprint();
}
