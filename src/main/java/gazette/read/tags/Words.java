package gazette.read.tags;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words and characters names are told by: function words, honorifics, generic words, dates,
 * particles and abbreviations, and how a word starts and ends in any script.
 */
public final class Words {
    /** Function words and common sentence starters: they end a name and never start one. */
    static final Set<String> STOP = words("""
            a an the and or but nor so yet if then than that this these those there here
            i you he she it we they me him her us them my your his its our their mine yours
            is are was were be been being am do does did done has have had having will would
            shall should can could may might must let lets
            in on at to for of by with from as into onto upon about above below over under
            after before during since until till while when where who whom whose why how what
            which whether although though because however meanwhile also according not no yes
            all any some many most more much other others such each every both several few
            one two three four five six seven eight nine ten first second third last next
            old today yesterday tomorrow tonight now still even just only already again
            between among against through despite without within beyond towards toward via
            like unlike further furthermore moreover instead thus therefore hence earlier later
            recently currently previously finally overall asked speaking photo source editor
            image video watch read click please thanks thank mr mrs ms dr
            year years week weeks day days month months
            said says say told added
            в во на по с со к ко о об у и а но не он она они мы вы я это этот эта эти как что
            когда где после перед для из от до за при также однако кроме ещё еще уже так тогда
            вчера сегодня завтра позже ранее теперь сейчас по-прежнему между
            """);

    /** Titles and offices: they separate a name from what precedes it ("Chinese President Xi"). */
    static final Set<String> HONORIFICS = words("""
            mr mrs ms miss mx dr sir dame lord lady president vice premier minister ministers
            chancellor secretary secretary-general chairman chairwoman chairperson chair governor
            senator sen rep representative congressman congresswoman ambassador mayor king queen
            prince princess emperor empress pope cardinal bishop archbishop rev reverend
            professor prof director deputy spokesman spokeswoman spokesperson commissioner chief
            executive ceo gen lieutenant colonel col captain capt admiral sergeant sgt judge
            justice officer leader commander envoy general-secretary
            """);

    /** What people and things of a country or region are called: adjectives, not names. */
    private static final String DEMONYMS_LIST = """
            chinese american russian british japanese korean french german european african asian
            indian soviet ukrainian israeli palestinian iranian arab english spanish italian
            canadian australian mexican brazilian turkish syrian iraqi afghan pakistani taiwanese
            vietnamese thai indonesian filipino egyptian norwegian swedish danish finnish icelandic
            dutch belgian swiss austrian hungarian polish czech slovak slovenian croatian serbian
            bosnian romanian bulgarian greek cypriot maltese portuguese irish scottish welsh
            estonian latvian lithuanian belarusian moldovan georgian armenian azerbaijani kazakh
            uzbek mongolian nepalese bangladeshi sri lankan burmese cambodian laotian malaysian
            singaporean kenyan ethiopian somali sudanese nigerian ghanaian senegalese ivorian
            cameroonian congolese angolan mozambican zimbabwean zambian tanzanian ugandan rwandan
            moroccan algerian tunisian libyan saudi yemeni omani emirati qatari kuwaiti jordanian
            lebanese argentine argentinian chilean peruvian colombian venezuelan ecuadorian
            bolivian uruguayan paraguayan cuban haitian jamaican dominican kiwi zealander
            londoner latin
            """;

    /** Demonyms, one word or several ("new zealander", "latin american"), singular. */
    static final Set<String> DEMONYMS = words(DEMONYMS_LIST);

    /**
     * Positions and roles written before a name in sports and court reports ("Substitute Craig
     * Abbott", "Wing Sitiveni Ranuku", "Prosecutor Simon Moorfield"): at a name's start, not of it.
     */
    static final Set<String> ROLES = words("""
            substitute sub winger wing striker forward midfielder defender goalkeeper keeper
            fullback full-back fly-half scrum-half flanker prop hooker lock centre center
            skipper coach manager boss captain coach-designate striker-turned
            prosecutor prosecutors defence defense lawyer attorney counsel barrister solicitor
            detective inspector superintendent constable inspector-general
            """);

    /** Capitalised words that name no one by themselves, though they may sit inside a name. */
    static final Set<String> GENERIC = words("""
            government ministry commission council committee department court police army navy
            party state states city town county province district region republic kingdom union
            university college school hospital bank company group agency office bureau center
            centre institute association authority authorities administration parliament congress
            senate assembly cabinet embassy consulate north south east west central national
            international federal northern southern eastern western
            muslim christian islamic
            internet web online news daily times post herald tribune new
            """ + DEMONYMS_LIST);

    /** Acronyms and units of things, not of anyone: never a tag, alone or together ("GHz CPU"). */
    static final Set<String> TECHNICAL = words("""
            tv pc pcs mp mps gb mb kb tb gbps mbps kbps ghz mhz khz hz cpu cpus gpu ok dvd dvds cd cds usb lcd led hd
            vs fm am pm pdf sms gps atm faq vip ceo cfo coo cto pr id pin vat gdp ipo ai vr 3d 4g 5g lte wi-fi wifi
            hiv aids dna rna mph kph km kg cm mm bst gmt utc
            """);

    /** Weekdays and months: never a tag alone and never the start of a name ("May" continues one). */
    static final Set<String> CALENDAR = words("""
            monday tuesday wednesday thursday friday saturday sunday
            mon tue tues wed thu thur thurs fri sat sun
            january february march april may june july august september october november december
            jan feb mar apr jun jul aug sep sept oct nov dec
            """);

    /** Lower-case words allowed inside a name (never at its ends). */
    public static final Set<String> PARTICLES = words("""
            bin bint ibn al el von van der den de del della di da du la le dos das do ter ten zu y
            """);

    /** Abbreviations whose full stop does not end a sentence. */
    static final Set<String> ABBREVIATIONS = words("""
            mr mrs ms dr st prof gen sen rep gov lt col capt sgt jr sr mt ft no inc ltd corp co
            vs etc approx jan feb mar apr jun jul aug sep sept oct nov dec
            """);

    private Words() {
    }

    static boolean isWordStart(int cp) {
        return Character.isLetter(cp);
    }

    /** End of the word starting at {@code i}: letters, digits and marks, with inner ' and -. */
    static int wordEnd(String text, int i) {
        int n = text.length();
        boolean spaceless = isSpaceless(text.codePointAt(i));
        int j = i;
        while (j < n) {
            int c = text.codePointAt(j);
            if (Character.isLetterOrDigit(c) || isMark(c)) {
                if (Character.isLetter(c) && isSpaceless(c) != spaceless) {
                    break; // "Putin访问": a cased word stops where CJK text starts
                }
                j += Character.charCount(c);
            } else if ((c == '\'' || c == '\u2019' || c == '-' || c == '\u2010')
                    && j + 1 < n && Character.isLetter(text.charAt(j + 1))
                    && isSpaceless(text.charAt(j + 1)) == spaceless) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    static String stripPossessive(String word) {
        int n = word.length();
        if (n > 2 && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')
                && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')) {
            return word.substring(0, n - 2);
        }
        return word;
    }

    /** "I'm", "we've", "don't": a contraction is a word of a sentence, never part of a name. */
    static boolean isContraction(String word) {
        int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('\u2019'));
        if (apostrophe <= 0) return false;
        String rest = lower(word.substring(apostrophe + 1));
        return rest.equals("m") || rest.equals("ve") || rest.equals("re") || rest.equals("ll") || rest.equals("d") || rest.equals("t");
    }

    /** "Geneva-based", "London-born", "Labour-led": the place or party qualifies what follows, and is not a name here. */
    static boolean isQualifier(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.codePointAt(hyphen + 1));
    }

    /** "NATO", "US": never a function word, whatever its letters spell in lower case. */
    static boolean isAllCaps(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean isCapital(int cp) {
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean isQuoteOrBracket(int cp) {
        return switch (cp) {
            case '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB', '\u201E',
                    '(', '[', '{', ')', ']', '}', '\u300C', '\u300D', '\u300E', '\u300F' -> true;
            default -> false;
        };
    }

    /** Scripts written without spaces between words, where word boundaries mean nothing. */
    static boolean isSpaceless(int cp) {
        if (cp < 0x0E00) {
            return false; // fast path: Latin, Greek, Cyrillic, Arabic, Indic...
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR || script == Character.UnicodeScript.TIBETAN;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static Set<String> words(String list) {
        return Arrays.stream(list.strip().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }
}
