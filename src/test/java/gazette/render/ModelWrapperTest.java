package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import gazette.pages.model.Deferred;
import java.util.AbstractList;
import org.junit.jupiter.api.Test;

/** Templates see a record as a hash of its components, unless the record is also something the default wrapper knows. */
class ModelWrapperTest {
    record Link(String url, String text) {}

    /** A record that is a list too: templates list it. */
    record Pair(String first, String second) implements java.util.List<String> {
        @Override
        public String get(int i) {
            return i == 0 ? first : second;
        }

        @Override
        public int size() {
            return 2;
        }

        // the rest of List, as an immutable list has it
        private java.util.List<String> all() {
            return java.util.List.of(first, second);
        }

        @Override public boolean isEmpty() { return false; }
        @Override public boolean contains(Object o) { return all().contains(o); }
        @Override public java.util.Iterator<String> iterator() { return all().iterator(); }
        @Override public Object[] toArray() { return all().toArray(); }
        @Override public <T> T[] toArray(T[] a) { return all().toArray(a); }
        @Override public boolean add(String s) { throw new UnsupportedOperationException(); }
        @Override public boolean remove(Object o) { throw new UnsupportedOperationException(); }
        @Override public boolean containsAll(java.util.Collection<?> c) { return all().containsAll(c); }
        @Override public boolean addAll(java.util.Collection<? extends String> c) { throw new UnsupportedOperationException(); }
        @Override public boolean addAll(int i, java.util.Collection<? extends String> c) { throw new UnsupportedOperationException(); }
        @Override public boolean removeAll(java.util.Collection<?> c) { throw new UnsupportedOperationException(); }
        @Override public boolean retainAll(java.util.Collection<?> c) { throw new UnsupportedOperationException(); }
        @Override public void clear() { throw new UnsupportedOperationException(); }
        @Override public String set(int i, String s) { throw new UnsupportedOperationException(); }
        @Override public void add(int i, String s) { throw new UnsupportedOperationException(); }
        @Override public String remove(int i) { throw new UnsupportedOperationException(); }
        @Override public int indexOf(Object o) { return all().indexOf(o); }
        @Override public int lastIndexOf(Object o) { return all().lastIndexOf(o); }
        @Override public java.util.ListIterator<String> listIterator() { return all().listIterator(); }
        @Override public java.util.ListIterator<String> listIterator(int i) { return all().listIterator(i); }
        @Override public java.util.List<String> subList(int a, int b) { return all().subList(a, b); }
    }

    /** A record whose value is made when read. */
    record Made(String value) implements Deferred<Link> {
        @Override
        public Link get() {
            return new Link("/" + value + "/", value);
        }

        @Override
        public long fingerprint() {
            return value.hashCode();
        }
    }

    @Test
    void aPlainRecordIsAHashOfItsComponentsAndNothingElse() throws Exception {
        TemplateModel m = new ModelWrapper().wrap(new Link("/a/", "A"));
        assertThat(m).isInstanceOf(TemplateHashModel.class).isNotInstanceOf(TemplateSequenceModel.class);
        TemplateHashModel hash = (TemplateHashModel) m;
        assertThat(((TemplateScalarModel) hash.get("url")).getAsString()).isEqualTo("/a/");
        assertThat(((TemplateScalarModel) hash.get("text")).getAsString()).isEqualTo("A");
        assertThat(hash.get("hashCode")).isNull();
        assertThat(hash.get("getClass")).isNull();
    }

    @Test
    void aRecordThatIsAListIsListedAndOneMadeWhenReadIsItsValue() throws Exception {
        TemplateModel list = new ModelWrapper().wrap(new Pair("x", "y"));
        assertThat(list).isInstanceOf(TemplateSequenceModel.class);
        assertThat(((TemplateSequenceModel) list).size()).isEqualTo(2);
        assertThat(((TemplateScalarModel) ((TemplateSequenceModel) list).get(1)).getAsString()).isEqualTo("y");

        TemplateModel made = new ModelWrapper().wrap(new Made("b"));
        assertThat(((TemplateScalarModel) ((TemplateHashModel) made).get("url")).getAsString()).isEqualTo("/b/");
        assertThat(((TemplateHashModel) made).get("value")).isNull();
    }
}
