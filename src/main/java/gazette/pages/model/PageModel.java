package gazette.pages.model;

/**
 * What a page template receives: a record whose components are the template's variables (README,
 * "Templates"). Every page has {@code site} and {@code page}; each kind adds its own. Models are
 * data only (records, lists, strings, numbers), so a page's fingerprint is the hash of its model
 * ({@link gazette.fingerprint.ValuePrint}): a field that reaches a template reaches the fingerprint too.
 */
public interface PageModel {
    SiteModel site();

    PageInfo page();
}
