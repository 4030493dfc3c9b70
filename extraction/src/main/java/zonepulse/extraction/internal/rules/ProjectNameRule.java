package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;
import zonepulse.events.Stage;
import zonepulse.extraction.internal.region.Gazetteer;

/**
 * Whether a phrase names a project: accepted by {@link NameFilter}, not generic (一批项目), not abstract, not a counted
 * class (产业研究院9家), not an activity (举行, 开展); unless it is a list item it needs a facility head, or, for a
 * signing or landing, must be a company: a short name, or one ending in 有限公司, 集团 (company-name-endings.txt). A zone
 * that signs or lands is the party, not the project.
 * Immutable; the word lists are those of {@link Lexicon}.
 */
final class ProjectNameRule {
    static final ProjectNameRule STANDARD = new ProjectNameRule();

    /** The longest name accepted. */
    private static final int MAX_NAME = 40;
    /** The longest name (letters and digits) a signing or landing accepts without a facility head. */
    private static final int MAX_BARE_PARTY = 8;

    private final List<String> quantifiers = List.copyOf(Lexicon.NAME_QUANTIFIERS);

    /**
     * The candidates in {@code t} that name projects at {@code stage}; none when one of them is a counted class
     * (建成科技服务器5家、产业研究院9家), since then the list enumerates counts, not projects. {@code object}: the
     * candidates follow their trigger.
     */
    List<NameCandidate> candidates(String t, List<NameCandidate> items, boolean object, Stage stage) {
        List<NameCandidate> out = new ArrayList<>();
        for (NameCandidate item : items) {
            String name = t.substring(item.start(), item.end());
            if (quantified(name)) {
                return List.of();
            }
            Gazetteer.ZoneMention zone = Gazetteer.standard().at(name, 0, name.length());
            boolean zoneName = zone != null && zone.end() == name.length()
                    || Spans.endsWithAny(name, Lexicon.GOVERNMENT_ZONE_WORDS); // one the gazetteer does not know
            if (zoneName && !Lexicon.ZONE_STAGES.contains(stage)) {
                continue; // 「南京江北新区签约…」: the zone is the party, not the project
            }
            if (accepts(name, item.listed() || items.size() > 1 && !object, stage)) {
                out.add(item);
            }
        }
        return out;
    }

    /** Whether {@code name} names a project reaching {@code stage}; a {@code listed} name needs no facility head. */
    boolean accepts(String name, boolean listed, Stage stage) {
        String loose = Spans.loose(name);
        if (loose.length() < 2
                || name.length() > MAX_NAME
                || !NameFilter.standard().accepts(name)) {
            return false;
        }
        if (generic(loose) || abstractOrActivity(name)) {
            return false;
        }
        if (listed) {
            return true;
        }
        int bareEnd = name.length();
        while (bareEnd > 0 && "”」》)）".indexOf(name.charAt(bareEnd - 1)) >= 0) {
            bareEnd--;
        }
        if (Spans.endsWithAny(name.substring(0, bareEnd), Lexicon.FACILITY_HEADS)) {
            return true;
        }
        return (stage == Stage.LANDED || stage == Stage.SIGNED)
                && (loose.length() <= MAX_BARE_PARTY || Spans.endsWithAny(name, Lexicon.COMPANY_ENDINGS))
                && name.indexOf('的') < 0;
    }

    private boolean generic(String loose) {
        String core = loose;
        for (String q : quantifiers) {
            if (core.startsWith(q)) {
                core = core.substring(q.length());
            }
        }
        return core.isEmpty() || Lexicon.GENERIC_NAMES.contains(core) || Lexicon.GENERIC_NAMES.contains(loose);
    }

    private static boolean abstractOrActivity(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Lexicon.ABSTRACT_WORDS.longestAt(name, i, name.length()) != null) {
                return true;
            }
        }
        if (quantified(name)
                || Lexicon.LEADING_VERBS.contains(name)
                || Spans.endsWithAny(name, Lexicon.TRAILING_ADVERBS)
                        && Lexicon.TRAILING_ADVERBS.contains(
                                new StringBuilder(name).reverse().toString())) {
            return true;
        }
        return name.endsWith("的")
                || name.endsWith("化")
                || name.endsWith("等")
                || name.contains("等一批")
                || name.contains("举行")
                || name.contains("召开")
                || name.contains("举办")
                || name.contains("开展");
    }

    /** 「产业研究院9家」, 「3个」: a count with a counter word (not a code such as B20 or 10.5代) in the name. */
    static boolean quantified(String name) {
        for (int i = 0; i + 1 < name.length(); i++) {
            if (i > 0 && Character.isDigit(name.charAt(i - 1))) {
                continue; // judged at the start of its digit run
            }
            char before = i > 0 ? name.charAt(i - 1) : ' ';
            boolean code = (before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z') || before == '.';
            if (Character.isDigit(name.charAt(i)) && !code) {
                while (i + 1 < name.length() && (Character.isDigit(name.charAt(i + 1)) || name.charAt(i + 1) == '.')) {
                    i++;
                }
                int j = i + 1;
                while (j < name.length() && (name.charAt(j) == '多' || name.charAt(j) == '余' || name.charAt(j) == ' ')) {
                    j++;
                }
                if (j < name.length() && "个家项所处套台座条名批".indexOf(name.charAt(j)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ProjectNameRule[NameFilter, not generic/abstract/counted/an activity; a facility head unless listed, "
                + "or ≤" + MAX_BARE_PARTY + " chars or a company's full name when signed or landed]";
    }
}
