package gazette.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import gazette.pages.model.Deferred;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Shows page models to templates: a record as a hash of its components (and nothing else of the
 * Java object), a {@link Deferred} value as the value it makes when first read; strings, numbers,
 * lists and maps as Freemarker's default wrapper shows them.
 */
final class ModelWrapper extends DefaultObjectWrapper {
    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> byName = new HashMap<>();
            try {
                for (RecordComponent c : type.getRecordComponents()) {
                    byName.put(c.getName(), MethodHandles.publicLookup().unreflect(c.getAccessor())
                            .asType(MethodType.methodType(Object.class, Record.class)));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalArgumentException("a page model must be a public record: " + type.getName(), e);
            }
            return Map.copyOf(byName);
        }
    };

    ModelWrapper() {
        super(Configuration.VERSION_2_3_34);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Deferred<?> d) return wrap(d.get());
        if (obj instanceof Record r) return new RecordModel(r, COMPONENTS.get(r.getClass()));
        return super.handleUnknownType(obj);
    }

    /** A record's components by name; a name it does not have is missing, as a map's would be. */
    private final class RecordModel implements TemplateHashModel {
        private final Record record;
        private final Map<String, MethodHandle> components;

        RecordModel(Record record, Map<String, MethodHandle> components) {
            this.record = record;
            this.components = components;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle accessor = components.get(key);
            if (accessor == null) return null;
            try {
                return wrap(accessor.invoke(record));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException(e);
            }
        }

        @Override
        public boolean isEmpty() {
            return components.isEmpty();
        }
    }
}
