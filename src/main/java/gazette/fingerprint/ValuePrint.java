package gazette.fingerprint;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The fingerprint of a value: every component of every record in it, walked by reflection, so
 * no hand-written list of fields can forget one; lists, maps and sets in their iteration order,
 * strings and numbers as they are. Equal fingerprints mean equal models, and so
 * (with the same template) equal pages: an incremental build renders only pages whose model's
 * fingerprint changed. A {@link Fingerprinted} value (a lazy list of teasers, a body not yet
 * rendered) gives its own.
 */
public final class ValuePrint {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private final Object constant;
    private final long constantPrint;

    /** Fingerprints models that may share {@code constant} (the site model): it is hashed once. */
    public ValuePrint(Object constant) {
        this.constant = constant;
        this.constantPrint = constant == null ? 0 : of(constant, null);
    }

    public long of(Object model) {
        return of(model, constant);
    }

    private long of(Object model, Object shared) {
        Hasher h = new Hasher();
        add(h, model, shared);
        return h.get();
    }

    private void add(Hasher h, Object v, Object shared) {
        if (v == null) {
            h.add((String) null);
        } else if (v instanceof String s) {
            h.add(s);
        } else if (v == shared) {
            h.add(constantPrint);
        } else if (v instanceof Fingerprinted f) {
            h.add(0x46505254L).add(f.fingerprint());
        } else if (v instanceof Record r) {
            Shape shape = SHAPES.get(r.getClass());
            h.add(shape.name);
            for (Method accessor : shape.accessors) add(h, get(accessor, r), shared);
        } else if (v instanceof List<?> list) {
            h.add(0x4C495354L).add(list.size());
            for (Object o : list) add(h, o, shared);
        } else if (v instanceof Map<?, ?> map) {
            ordered(map);
            h.add(0x4D415053L).add(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                add(h, e.getKey(), shared);
                add(h, e.getValue(), shared);
            }
        } else if (v instanceof Collection<?> c) {
            ordered(c);
            h.add(0x434F4C4CL).add(c.size());
            for (Object o : c) add(h, o, shared);
        } else if (v instanceof Boolean b) {
            h.add(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            // the type too: a template can tell 1 from 1.0, not Integer from Long, but front matter keeps what YAML made
            h.add(v.getClass().getSimpleName()).add(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            h.add(v.getClass().getSimpleName()).add(Double.doubleToLongBits(((Number) v).doubleValue()));
        } else if (v instanceof BigInteger || v instanceof BigDecimal) {
            h.add(v.getClass().getSimpleName()).add(v.toString());
        } else if (v instanceof byte[] b) {
            h.add(0x42595445L).add(Hashes.of(b));
        } else if (v instanceof java.time.Instant t) {
            // its numbers, not its text: an article's time is printed for every article of every build
            h.add(0x494E5354L).add(t.getEpochSecond()).add(t.getNano());
        } else if (v instanceof Enum<?> e) {
            h.add(e.getDeclaringClass().getName()).add(e.name());
        } else {
            // front matter may hold other YAML values: their text stands for them
            h.add(v.getClass().getName()).add(String.valueOf(v));
        }
    }

    /**
     * Map.of and Set.of iterate in an order that changes from one run of Java to the next, so their
     * fingerprint would too, and every page would be rendered again each build: they are refused.
     * (Other maps and sets iterate the same way for the same content.)
     */
    private static void ordered(Object c) {
        int size = c instanceof Map<?, ?> m ? m.size() : ((Collection<?>) c).size();
        if (size > 1 && c.getClass().getName().startsWith("java.util.ImmutableCollections$") && !(c instanceof List)) {
            throw new IllegalArgumentException("a value to fingerprint holds a map or set without an order (Map.of, Set.of): " + c.getClass().getName());
        }
    }

    private static Object get(Method accessor, Record r) {
        try {
            return accessor.invoke(r);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException x ? x : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record type's name (hashed) and its components' accessors, in declaration order. */
    private record Shape(long name, Method[] accessors) {
        static Shape of(Class<?> type) {
            if (!type.isRecord()) return new Shape(0, new Method[0]);
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int k = 0; k < components.length; k++) {
                accessors[k] = components[k].getAccessor();
                // checked once here, not at every call: records are read millions of times a build
                accessors[k].setAccessible(true);
            }
            return new Shape(new Hasher().add(type.getName()).get(), accessors);
        }
    }
}
