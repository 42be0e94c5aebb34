package gazette.render;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser, matching its patterns without a copy of the paragraph each time.
 * Flexmark takes each match's bounds from {@link Matcher#toMatchResult()}, which on Java 17 makes
 * the whole paragraph a string: every link, with its spaces and its target, copied the paragraph
 * over again (4% of a cold build). The bounds are the matcher's own; what is matched is the same.
 */
final class QuickInlineParser extends InlineParserImpl {
    private static final InlineParserFactory FACTORY = (options, special, delimiters, processors, linkRefs, extensions) ->
            new QuickInlineParser(options, special, delimiters, processors, linkRefs, extensions);

    /**
     * A parser with this inline parser. Flexmark leaves out its own pre-processing of link
     * reference definitions ("[r]: /url") when the inline parser is not its own: it is put back.
     */
    static Parser parser(DataHolder options) {
        Parser.Builder builder = Parser.builder(options).customInlineParserFactory(FACTORY);
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        return builder.build();
    }

    private QuickInlineParser(DataHolder options, BitSet special, BitSet delimiters, Map<Character, DelimiterProcessor> processors,
                              LinkRefProcessorData linkRefs, List<InlineParserExtensionFactory> extensions) {
        super(options, special, delimiters, processors, linkRefs, extensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        if (index >= input.length()) return null;
        Matcher m = re.matcher(input);
        m.region(index, input.length());
        if (!m.find()) return null;
        index = m.end();
        return input.subSequence(m.start(), m.end());
    }
}
