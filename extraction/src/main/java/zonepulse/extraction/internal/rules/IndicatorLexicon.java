package zonepulse.extraction.internal.rules;

import java.util.List;
import zonepulse.extraction.internal.lexicon.Lexicons;

/**
 * The word lists the indicator rules are driven by, each read once from {@code lexicon/indicator-<role>.txt}. Each
 * file says in its header what makes a word belong to it.
 */
final class IndicatorLexicon {
    private IndicatorLexicon() {}

    /** Words between a name and its figure (达, 同比增长, 占…的): they tell what is measured. */
    static final List<String> CONNECTORS = words("connectors");
    /** Scope and filler words before a name (其中, 全年, 截至目前). */
    static final List<String> LEADING = words("leading-words");
    /** Words that start with a leading word but are words of their own (就业, 在建). */
    static final List<String> LEADING_EXCEPTIONS = words("leading-exceptions");
    /** Words where a name after the figure ends (77家世界500强企业|投资…). */
    static final List<String> FOLLOW_STOPS = words("follow-stops");
    /** Words ending in 均 that are an average or a rate (平均, 亩均), never the connector 均 ('each'). */
    static final List<String> AVERAGE_WORDS = words("average-words");
    /** Words naming only a scope or a comparison (全市, 去年同期, 平均水平). */
    static final List<String> SCOPES = words("scope-words");
    /** Verbs that name no measure on their own (我国已发布285项). */
    static final List<String> LIGHT_VERBS = words("light-verbs");
    /** Words naming a basis of comparison (同口径, 按可比价计算). */
    static final List<String> BASIS_WORDS = words("basis-words");
    /** Words pointing back to the figure named before (这一数据, 其). */
    static final List<String> PRONOUNS = words("pronouns");
    /** Words making a figure a change (增长, 提高, 下降). */
    static final List<String> GROWTH = words("growth-words");
    /** Words making a change a fall (下降, 回落). */
    static final List<String> FALLS = words("fall-words");
    /** Words after which figures are stocks at the period's end (累计, 截至, 年末). */
    static final List<String> STOCK_MARKERS = words("stock-markers");
    /** Words making a figure a forecast (预计, 有望). */
    static final List<String> FORECAST_MARKERS = words("forecast-markers");
    /** Words making a figure a target (将, 力争, 目标). */
    static final List<String> TARGET_MARKERS = words("target-markers");
    /** Words starting with a marker that state no status (将近, 计划总投资). */
    static final List<String> MARKER_EXCEPTIONS = words("marker-exceptions");
    /** Words before 计划/目标 that make it a yardstick, not a target (完成年度计划的98%). */
    static final List<String> MARKER_OBJECTS = words("marker-objects");
    /** Words naming a ceremony whose counts and totals cover its day (集中开工, 签约仪式). */
    static final List<String> CEREMONIES = words("ceremony-words");
    /** Verbs after an amount that say what it is spent on (建设, 扩建, 用于). */
    static final List<String> PURPOSE_VERBS = words("purpose-verbs");
    /** Endings that make a name a clause fragment (国家高新区以, 项目中有). */
    static final List<String> BAD_ENDINGS = words("name-bad-endings");
    /** Words making a count a ratio (人均, 每万人). */
    static final List<String> RATIO_NAMES = words("ratio-words");
    /** Heads a list of subjects shares (集成电路、新材料产值: 产值 is said of both). */
    static final List<String> MEASURE_HEADS = words("measure-heads");
    /** Names of one project's amounts (总投资, 一期投资): never a zone's indicator on their own. */
    static final List<String> PROJECT_AMOUNTS = words("project-amounts");
    /** Words joining a figure to the next item of a list (和, 及). */
    static final List<String> ITEM_JOINERS = words("item-joiners");
    /** Adverbs between a counted batch and its stage (已, 均已, 陆续). */
    static final List<String> BATCH_ADVERBS = words("batch-adverbs");
    /** Light verbs dropped inside a name (实现, 完成). */
    static final List<String> INNER_VERBS = words("inner-verbs");
    /** Words opening a list with one figure said of all (其中, 全区). */
    static final List<String> LIST_LEADS = words("list-leads");
    /** Verbs joining a figure to the later value of its measure (增至, 提高到). */
    static final List<String> CHANGE_VERBS = words("change-verbs");

    /** Words naming only a total of what was counted before (总数, 总量): {@code indicator-aggregate-words.txt}. */
    static final List<String> AGGREGATES = words("aggregate-words");

    /** Words opening a name that say what was added (新增, 净增), left out of a total's name. */
    static final List<String> ADDITIONS = words("addition-words");
    /** Words making an amount after them one company's or project's (公司总投资, 此次二期总投资). */
    static final List<String> SINGLE_SUBJECTS = words("single-subjects");
    /** Words making what follows the outcome of one project (投产后, 建成后). */
    static final List<String> HYPOTHETICAL = words("hypothetical-markers");
    /** Words that after a place make a proper name (宁德时代, 苏州银行), not the place as a scope. */
    static final List<String> PROPER_NAME_HEADS = words("proper-name-heads");

    /** Class nouns closing a counted class phrase of a 分别 list (两大主导产业 → 产业). */
    static final List<String> CLASS_HEADS = words("class-heads");

    /** Words of a compared time a year ago (去年, 同期): a change against any other earlier time is month on month. */
    static final List<String> YEAR_AGO = words("year-ago-words");

    /** The words of {@code lexicon/indicator-<role>.txt}, in file order. */
    private static List<String> words(String role) {
        return List.copyOf(Lexicons.words("indicator-" + role + ".txt"));
    }
}
