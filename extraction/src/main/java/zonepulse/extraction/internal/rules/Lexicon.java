package zonepulse.extraction.internal.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import zonepulse.events.Stage;
import zonepulse.extraction.internal.lexicon.Lexicons;
import zonepulse.extraction.internal.text.Trie;

/**
 * The word lists the rules are driven by, loaded from the data files under {@code zonepulse/extraction/lexicon/}.
 * Each file says in its header what makes a word belong to it.
 */
final class Lexicon {
    private Lexicon() {}

    /** Stage trigger words (GUIDELINES §2): stage-triggers.tsv. */
    static final Trie<Stage> STAGE_TRIGGERS = stageTriggers();

    /** Words after a trigger that make it part of a noun, not a stage reached (落地转化, 运营商, 开工率). */
    static final Set<String> TRIGGER_NOUN_SUFFIXES = Lexicons.words("trigger-noun-suffixes.txt");

    /** Words after a trigger that make it a condition, not a stage reached (投产后年产值可达…). */
    static final Set<String> TRIGGER_CONDITIONAL_SUFFIXES = Lexicons.words("trigger-conditional-suffixes.txt");

    /** Words before a trigger that make it part of another verb or noun (建设运营, 商业化运营, 引进来). */
    static final Set<String> TRIGGER_NOUN_PREFIXES = Lexicons.words("trigger-noun-prefixes.txt");

    /** Triggers that take the project as their object (建成X, 引进X, 签约X); others only follow their subject. */
    static final Set<String> OBJECT_TRIGGERS = Lexicons.words("object-triggers.txt");

    /** Words ending a government zone's name (新区, 高新区, 经开区): a name ending so is a zone, a party to a signing. */
    static final Trie<Boolean> GOVERNMENT_ZONE_WORDS =
            Trie.ofReversedWords(Lexicons.words("zone-suffixes-after-name.txt"));

    /** Stages a zone itself can reach (北京经济技术开发区于1992年4月开工建设); a zone signs or lands nothing. */
    static final Set<Stage> ZONE_STAGES =
            Set.of(Stage.GROUNDBREAKING, Stage.CONSTRUCTION_STARTED, Stage.COMPLETED, Stage.IN_PRODUCTION);

    /** Words that mark a planned stage or a target figure. */
    static final Trie<Boolean> PLAN_MARKERS = Trie.ofWords(Lexicons.words("plan-markers.txt"));

    /** Head nouns of a facility, plant, base or other thing that can reach a stage of its life (reversed trie). */
    static final Trie<Boolean> FACILITY_HEADS = Trie.ofReversedWords(Lexicons.words("facility-heads.txt"));

    /** Abstract nouns: a phrase holding one names a policy, a goal or an activity, not a project. */
    static final Trie<Boolean> ABSTRACT_WORDS = Trie.ofWords(Lexicons.words("abstract-words.txt"));

    /** Generic heads that name no particular project on their own (一批项目, 重点项目, 头部企业). */
    static final Set<String> GENERIC_NAMES = Lexicons.words("project-generic-heads.txt");

    /** Quantifiers and modifiers stripped before a name is compared with the generic heads. */
    static final Set<String> NAME_QUANTIFIERS = Lexicons.words("name-quantifiers.txt");

    /** Words stripped from the start of a name: verbs and adverbs that govern it (推动…落地). */
    static final Trie<Boolean> LEADING_VERBS = Trie.ofWords(Lexicons.words("name-leading-words.txt"));

    /** Words stripped from the end of a name: adverbs, auxiliaries and place phrases before the trigger. */
    static final Trie<Boolean> TRAILING_ADVERBS = Trie.ofReversedWords(Lexicons.words("name-trailing-words.txt"));

    /** Words that start a company's descriptor inside a project name (智飞绿竹|新型病毒疫苗…基地). */
    /** Verbs of having between a region and the names it has (高新区已有A、B…竣工). */
    static final Trie<Boolean> POSSESSION_VERBS = Trie.ofWords(Lexicons.words("name-possession-verbs.txt"));

    static final Trie<Boolean> NAME_DESCRIPTORS = Trie.ofWords(Lexicons.words("name-descriptors.txt"));

    /** Government bodies and places: a name starting with one is not a company. */
    static final Trie<Boolean> NOT_COMPANY_PREFIXES = Trie.ofWords(Lexicons.words("not-company-prefixes.txt"));

    /** Heads that end a phrase naming people, money, sectors or kinds, not a project (人才, 领域). */
    static final Set<String> NON_PROJECT_HEADS = Lexicons.words("non-project-heads.txt");

    /** Words that introduce a project's investment (总投资, 投资额). */
    static final Set<String> INVESTMENT_WORDS = Lexicons.words("investment-words.txt");

    /** Words ending a government body's name (人民政府, 管委会): the other party of a signing, never the project. */
    static final Trie<Boolean> GOVERNMENT_ENDINGS = Trie.ofReversedWords(Lexicons.words("government-endings.txt"));

    /** Words ending a company's full name (有限公司, 集团): such a party of a signing needs no facility head. */
    static final Trie<Boolean> COMPANY_ENDINGS = Trie.ofReversedWords(Lexicons.words("company-name-endings.txt"));

    /** Verbs whose object is a facility being built (新建, 扩建). */
    static final Set<String> BUILD_VERBS = Lexicons.words("build-verbs.txt");

    /** Generic suffixes dropped from a project key. */
    static final Set<String> KEY_SUFFIXES = Lexicons.words("project-key-suffixes.txt");

    /** Words that open a list of projects (包括A、B、C). */
    static final Set<String> LIST_OPENERS = Lexicons.words("list-openers.txt");

    /** Words after a trigger that open a frame (开工项目中，…). */
    static final Set<String> PROJECT_FRAMES = Lexicons.words("project-frames.txt");

    /** Words that start a clause's predicate after a name (将, 总投资, 位于). */
    static final java.util.List<String> PREDICATE_STARTS =
            java.util.List.copyOf(Lexicons.words("name-predicate-starts.txt"));

    /** Whether a word of {@link #PREDICATE_STARTS} starts at {@code pos}: where a name read forward ends. */
    static boolean predicateStartsAt(String t, int pos) {
        for (String w : PREDICATE_STARTS) {
            if (t.startsWith(w, pos)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of {@link #TRIGGER_NOUN_PREFIXES} ends at {@code pos}: the stage word there is part of a noun. */
    static boolean nounPrefixEndsAt(String t, int pos) {
        for (String prefix : TRIGGER_NOUN_PREFIXES) {
            if (pos >= prefix.length() && t.startsWith(prefix, pos - prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /** Words after a list that say every item shares what follows (都是, 均). */
    static final java.util.List<String> LIST_ALL_MARKERS =
            java.util.List.copyOf(Lexicons.words("list-all-markers.txt"));

    /** Class words after 等 that show a list names companies or projects. */
    static final Set<String> LIST_CLASS_WORDS = Lexicons.words("list-class-words.txt");

    /** Characters that join two triggers stated as one step (建成并投产). */
    static final Set<String> STEP_JOINERS = Lexicons.words("step-joiners.txt");

    private static Trie<Stage> stageTriggers() {
        Trie<Stage> trie = new Trie<>();
        for (Map.Entry<String, String> e : Lexicons.table("stage-triggers.tsv").entrySet()) {
            trie.put(e.getKey(), Stage.valueOf(e.getValue().toUpperCase(Locale.ROOT)));
        }
        return trie;
    }
}
