package gazette.pictures;

/** A picture that cannot be published: missing, damaged, of a kind not read, or too large to decode. */
public final class BadPicture extends Exception {
    public BadPicture(String message) {
        super(message, null, false, false);
    }
}
