package gazette.read.text;

/** A non-blank body line, and whether a blank line came before it. */
record Unit(String text, boolean afterBlank) {
}
