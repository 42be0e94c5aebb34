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
    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> byName = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method accessor = c.getAccessor();
                // checked once here, not at every read: a template reads a component millions of times a build
                accessor.setAccessible(true);
                byName.put(c.getName(), accessor);
            }
            return byName;
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
        private final Map<String, Method> components;

        RecordModel(Record record, Map<String, Method> components) {
            this.record = record;
            this.components = components;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = components.get(key);
            if (accessor == null) return null;
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
            return components.isEmpty();
        }
    }
}
