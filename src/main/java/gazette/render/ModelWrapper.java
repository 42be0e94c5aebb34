package gazette.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import gazette.pages.model.Deferred;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Shows page models to templates: a record as a hash of its components (and nothing else of the
 * Java object), a {@link Deferred} value as the value it makes when first read; strings, numbers,
 * lists and maps as Freemarker's default wrapper shows them.
 */
final class ModelWrapper extends DefaultObjectWrapper {
    /**
     * A record type's components: each name's place, and the accessors in that order; {@code plain}
     * when the type is nothing but a record to the default wrapper (no list, map, iterable or
     * model of its own), so that wrapping one skips the default wrapper's type checks.
     */
    private record Components(Map<String, Integer> places, Method[] accessors, boolean plain) {}

    private static final ClassValue<Components> COMPONENTS = new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
            RecordComponent[] all = type.getRecordComponents();
            Map<String, Integer> places = new HashMap<>();
            Method[] accessors = new Method[all.length];
            for (int k = 0; k < all.length; k++) {
                accessors[k] = all[k].getAccessor();
                // checked once here, not at every read: a template reads a component millions of times a build
                accessors[k].setAccessible(true);
                places.put(all[k].getName(), k);
            }
            boolean plain = java.util.stream.Stream.of(TemplateModel.class, Deferred.class, java.util.Collection.class, Map.class, Iterable.class,
                    java.util.Iterator.class, java.util.Enumeration.class).noneMatch(t -> t.isAssignableFrom(type));
            return new Components(places, accessors, plain);
        }
    };

    ModelWrapper() {
        super(Configuration.VERSION_2_3_34);
    }

    /** A page's models are records, wrapped hundreds of times a page: a plain one goes straight to its hash. */
    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof Record r) {
            Components c = COMPONENTS.get(r.getClass());
            if (c.plain()) return new RecordModel(r, c);
        }
        return super.wrap(obj);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Deferred<?> d) return wrap(d.get());
        if (obj instanceof Record r) return new RecordModel(r, COMPONENTS.get(r.getClass()));
        return super.handleUnknownType(obj);
    }

    /**
     * A record's components by name; a name it does not have is missing, as a map's would be.
     * Each component is wrapped once, when first read: a record does not change, and a page reads
     * the same ones many times ({@code site.home}, {@code page.kind}). One page, one thread.
     */
    private final class RecordModel implements TemplateHashModel {
        private final Record record;
        private final Components components;
        private TemplateModel[] wrapped;

        RecordModel(Record record, Components components) {
            this.record = record;
            this.components = components;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Integer place = components.places().get(key);
            if (place == null) return null;
            if (wrapped == null) wrapped = new TemplateModel[components.accessors().length];
            TemplateModel model = wrapped[place];
            if (model == null) model = wrapped[place] = read(components.accessors()[place]);
            return model;
        }

        private TemplateModel read(Method accessor) throws TemplateModelException {
            try {
                return wrap(accessor.invoke(record));
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException x) throw x;
                throw new TemplateModelException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new TemplateModelException(e);
            }
        }

        @Override
        public boolean isEmpty() {
            return components.places().isEmpty();
        }
    }
}
