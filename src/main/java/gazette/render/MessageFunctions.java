package gazette.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import gazette.text.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The template functions that give the theme's words: {@code msg("key", args…)} and {@code msgScript("key", …)}. */
final class MessageFunctions {
    private MessageFunctions() {}

    /** {@code msg("articles", 3)}: the message in the site's language, as text (so the page escapes it). */
    static TemplateMethodModelEx text(Messages messages) {
        // a message without arguments is the same text on every page: looked up and wrapped once
        Map<String, TemplateModel> plain = new ConcurrentHashMap<>();
        return args -> {
            if (args.isEmpty()) throw new TemplateModelException("msg needs a message key: msg(\"nav.latest\")");
            if (args.size() == 1 && args.get(0) instanceof TemplateScalarModel key) {
                String k = key.getAsString();
                TemplateModel text = plain.get(k);
                if (text == null) plain.put(k, text = new SimpleScalar(messages.get(k)));
                return text;
            }
            List<Object> values = unwrap(args);
            return messages.get(String.valueOf(values.get(0)), values.subList(1, values.size()).toArray());
        };
    }

    /** {@code msgScript("search.none", …)}: those messages as JSON, for a script to read from an attribute. */
    static TemplateMethodModelEx forScript(Messages messages) {
        return args -> {
            List<String> keys = new ArrayList<>();
            for (Object v : unwrap(args)) keys.add(String.valueOf(v));
            return Json.of(messages.forScript(keys));
        };
    }

    private static List<Object> unwrap(List<?> args) throws TemplateModelException {
        List<Object> out = new ArrayList<>(args.size());
        for (Object a : args) out.add(DeepUnwrap.unwrap((freemarker.template.TemplateModel) a));
        return out;
    }
}
