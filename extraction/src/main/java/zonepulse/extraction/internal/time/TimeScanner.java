package zonepulse.extraction.internal.time;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonepulse.extraction.internal.time.TimeMention.Kind;
import zonepulse.extraction.internal.time.TimeWords.Category;

/**
 * Finds time expressions: 2021年11月27日, 二〇二一年五月, 15年3月2日, 同年12月7日, 次年3月, 今年1-8月份, 1—5月, 前八个月,
 * 前两个季度, 一季度, 三季度末, 2020年四季度以来, 上半年, 全年, 年初, 去年底, 明年九月, 5月下旬, 上个月, 去年, 2021年度,
 * 截至5月25日, 到2021年底为止, 目前, 一个月前, 5月末, 近三年, 五年来, 「十三五」期间, 8月11日至22日, 2020年至2022年, 每年,
 * 19年底, 九七年一季度, 首季度, 本季度, 上季度末, 本月9日, 本月底, 4月12-19日, 前年11月到去年3月, 三年前, 3年后,
 * 上两个月, 前两年, 今明两年, 未来2个月, 四季度初, 2022年伊始, 2005年首月, 今年后三个月, 十二月月底, 这一年, 当月, 30日.
 * Expressions inside a book title (《…(2020年-2022年)》) are not the article's own time; 去年同期 is a comparison
 * basis and not returned by {@link #scan}.
 *
 * <p>Each rule is a regex tried only at a candidate position (a numeral or the first char of a time word, with a time
 * char close after it), anchored there; spans (X至Y) are joined afterwards by {@link Span}.
 */
public final class TimeScanner {
    /** A four-digit year: 2021, 二〇二一. */
    static final String YEAR4 = "(?:19|20)\\d{2}|[一二][〇零一二三四五六七八九]{3}";
    /** A month number: 1-12 (checked later), 十二, 三. */
    static final String MONTH_NUM = "\\d{1,2}|十[一二]?|[一二三四五六七八九]";
    /** A day number: 1-31 (checked later), 二十三, 三十一. */
    static final String DAY_NUM = "\\d{1,2}|三十一?|[二两]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]";

    private static final String N = "\\d{1,2}|[一二三四五六七八九十两]{1,2}";
    /**
     * A two-digit year (15, 九七) counts only before what a year holds: a month, a quarter, a half, its end or start,
     * its first months (15年3月2日, 19年底, 九七年一季度, 20年前两个月); 15年 alone is a duration.
     */
    private static final String YEAR2 = "(?:\\d{2}|[〇零一二三四五六七八九]{2})(?=\\s*年\\s*(?:(?:" + MONTH_NUM
            + ")\\s*月|第?[一二三四1-4]\\s*季度|首季|首月|第(?:" + N + ")\\s*个月|[上下]半年|年?[底末初](?!步)|[前后](?:" + N
            + ")\\s*个?(?:月|季度)))";

    private static final String REL_YEAR = TimeWords.alternation(Category.YEAR, Category.PREV_YEAR);
    /** A year: 2021年, 15年 (before a month), 今年, 次年. Groups year and rel. */
    private static final String YEAR_REQUIRED =
            "(?:(?<year>" + YEAR4 + "|" + YEAR2 + ")\\s*年\\s*|(?<rel>" + REL_YEAR + ")\\s*)";
    /** An optional year. */
    private static final String Y = YEAR_REQUIRED + "?";

    /** A span's connector: one of {@link Span#CONNECTORS}, or a dash written twice (——, folded to --). */
    private static final String CONN = "\\s*(?:--|——|[" + Span.CONNECTORS + "])\\s*";

    private static final String XUN = TimeWords.alternation(Category.XUN);

    /**
     * One rule of the grammar.
     *
     * @param starts the chars a match can start with; 'D' stands for any numeral
     * @param after for a match that starts with a number, the chars that can follow the number (年 for 2021年…)
     */
    private record Rule(Kind kind, Pattern pattern, String starts, String after) {
        Rule(Kind kind, String regex, String starts, String after) {
            this(kind, Pattern.compile(regex), starts, after);
        }

        Rule(Kind kind, String regex, String starts) {
            this(kind, Pattern.compile(regex), starts, "");
        }

        /** Whether a match can start with {@code c}, followed (when c is a numeral) by {@code next} after the number. */
        boolean canStart(char c, boolean numeral, char next) {
            if (numeral) {
                return (starts.indexOf('D') >= 0 || starts.indexOf(c) >= 0) && after.indexOf(next) >= 0;
            }
            return starts.indexOf(c) >= 0;
        }
    }

    private static final String YS = "D" + firstChars(REL_YEAR);

    private static final Rule[] RULES = {
        new Rule(Kind.DAY, Y + "(?<m>" + MONTH_NUM + ")\\s*月\\s*(?<d>" + DAY_NUM + ")\\s*[日号]", YS, "年月"),
        new Rule(
                Kind.DAY,
                Y + "(?<m>" + MONTH_NUM + ")\\s*月\\s*(?<d>" + DAY_NUM + ")" + CONN + "(?<d2>" + DAY_NUM + ")\\s*[日号]",
                YS,
                "年月"),
        new Rule(
                Kind.MONTH_RANGE,
                Y + "(?<m>" + MONTH_NUM + ")\\s*(?:月份?)?" + CONN + "(?<m2>" + MONTH_NUM + ")\\s*月份?(?<since>以来)?",
                YS,
                "年月" + Span.CONNECTORS),
        new Rule(Kind.FIRST_MONTHS, Y + "前(?<n>" + N + ")\\s*个?月份?", YS + "前", "年"),
        new Rule(Kind.FIRST_MONTHS, Y + "前(?<q>[一二三两四1-4])\\s*个?季度", YS + "前", "年"),
        new Rule(
                Kind.QUARTER,
                Y + "(?:第?(?<q>[一二三四1-4])\\s*季度|(?<first>首季)度?)(?<part>末|底|初(?!步))?(?<since>以来)?",
                YS + "第首",
                "年季"),
        new Rule(Kind.HALF, Y + "(?<half>上半年|下半年)(?<part>末|底)?(?<since>以来)?", YS + "上下", "年"),
        new Rule(
                Kind.MONTH,
                Y + "(?<m>" + MONTH_NUM + ")\\s*月份?\\s*(?<part>末|底|初|月末|月底|月初|" + XUN + ")?(?<since>以来)?",
                YS,
                "年月"),
        // 2005年首月, 2021年第8个月: only after a year (投产首月, 连续第8个月 count from something else)
        new Rule(Kind.MONTH, YEAR_REQUIRED + "(?:(?<first>首月)|第(?<n>" + N + ")\\s*个月)", YS, "年"),
        // 今年后三个月, 2021年后两个季度: the last months of a stated year (开工后三个月 counts from the start of work)
        new Rule(Kind.MONTH_RANGE, YEAR_REQUIRED + "后(?:(?<n>" + N + ")\\s*个?月份?|(?<q>[一二三两1-3])\\s*个?季度)", YS, "年"),
        new Rule(
                Kind.YEAR,
                "(?<year>" + YEAR4 + ")\\s*年\\s*(?<part>年初|年中|年末|年底|末|底|初(?!步)|伊始|度)?(?<since>以来)?",
                "D",
                "年"),
        new Rule(Kind.YEAR, "(?<year>" + YEAR2 + ")\\s*年\\s*(?<part>年初|年末|年底|末|底|初)(?<since>以来)?", "D", "年"),
        new Rule(
                Kind.YEAR,
                "(?<rel>" + REL_YEAR + "|全年)(?<part>年初|年中|年末|年底|初(?!步)|末|底|伊始)?(?<since>以来)?",
                firstChars(REL_YEAR) + "全"),
        new Rule(Kind.YEAR_PART, "(?<part>年初|年末|年底)(?<since>以来)?", "年"),
        new Rule(
                Kind.RELATIVE_MONTH,
                "(?<rel>" + TimeWords.alternation(Category.MONTH) + ")份?(?:(?<d>" + DAY_NUM
                        + ")\\s*[日号]|(?<part>初|底|末))?(?<since>以来)?",
                firstChars(TimeWords.alternation(Category.MONTH))),
        // 上两个月, 下三个月: the months before or after the publication month (前两个月 is the year's first two)
        new Rule(Kind.RELATIVE_MONTH, "(?<dir>[上下])(?<n>" + N + ")\\s*个?月(?!份)", "上下"),
        // 30日: a day of the month the context names, else of the publication month, as news dates this month's days
        new Rule(Kind.RELATIVE_MONTH, "(?<d>" + DAY_NUM + ")\\s*日", "D", "日"),
        new Rule(
                Kind.RELATIVE_QUARTER,
                "(?<rel>" + TimeWords.alternation(Category.QUARTER) + ")(?<part>末|底)?(?<since>以来)?",
                firstChars(TimeWords.alternation(Category.QUARTER))),
        new Rule(Kind.NOW, "截至目前|截止目前|目前|至今|当前", "截目至当"),
        // 同日, 当天, 次日: of the day stated before (inContext, or the caller with the text before)
        new Rule(
                Kind.RELATIVE_DAY,
                "(?<day>" + TimeWords.alternation(Category.DAY) + ")",
                firstChars(TimeWords.alternation(Category.DAY))),
        new Rule(Kind.MONTHS_AGO, "(?<n>" + N + ")\\s*(?<unit>个月|天|日)前|(?<word>昨天|昨日|前天)", "D昨前", "个天日"),
        new Rule(Kind.EVERY_YEAR, "每年|年均|每月", "每"),
        new Rule(
                Kind.RECENT_YEARS,
                "(?:近|过去|最近)\\s*(?<n>" + N + ")\\s*年(?:来|以来|间)?|(?<n2>" + N + ")\\s*年(?:来|以来)",
                "D近过最",
                "年"),
        new Rule(
                Kind.PLAN_PERIOD,
                "(?<plan>" + TimeWords.alternation(Category.PLAN) + ")[”\"’]?(?:规划)?(?<part>期间|时期|期末|末|以来|期)",
                "十",
                "”\"’期规时末以"),
        // 三年前, 3年后, 两年以前 (三年前后 is vague): a year counted from the one the text is about, which dates no
        // paragraph (「三年前，…。如今，…」 sets the past against the present)
        new Rule(Kind.YEAR, "(?<n>" + N + ")\\s*年(?<apart>以前|之前|前(?!后)|以后|之后|后)", "D", "年"),
        // 前两年, 上三年, 下三年: the years before or after the publication year, standing alone
        new Rule(Kind.YEAR, "(?<dir>[前上下])(?<n>" + N + ")\\s*年(?![来以间里内度初中末底])", "前上下"),
        new Rule(Kind.YEAR, "(?<both>今明两年)", "今"),
        // 未来2个月, 未来三年, 今后五年
        new Rule(Kind.COMING, "(?:未来|今后)\\s*(?<n>" + N + ")\\s*(?<unit>个月|年)", "未今"),
        new Rule(Kind.SAME_PERIOD_EARLIER, "(?:(?<year>" + YEAR4 + ")\\s*年|(?<rel>去年|上年|前年))\\s*同期", "D去上前", "年"),
        new Rule(
                Kind.YEAR,
                "(?<year>" + YEAR4 + ")\\s*年?" + CONN + "(?<year2>" + YEAR4 + ")\\s*年",
                "D",
                "年" + Span.CONNECTORS),
    };

    /**
     * The first two chars of every time expression that does not start with a numeral (今年, 上个, 前八, 截至, 过去), as
     * {@code c1 << 16 | c2}, sorted: a cheap test before any regex is tried.
     */
    private static final int[] LEADS;

    /** The chars that can follow the number a time expression starts with. */
    private static final String AFTER_NUMBER;

    static {
        StringBuilder sb = new StringBuilder();
        for (Rule r : RULES) {
            sb.append(r.after());
        }
        AFTER_NUMBER = sb.toString();
    }

    private static final java.util.BitSet LEAD_FIRST = new java.util.BitSet(0x10000);

    private static final List<String> AS_OF_WORDS = TimeWords.words(Category.AS_OF);

    static {
        java.util.TreeSet<Integer> leads = new java.util.TreeSet<>();
        List<String> words = new ArrayList<>();
        words.addAll(TimeWords.words(
                Category.YEAR, Category.PREV_YEAR, Category.MONTH, Category.QUARTER, Category.YEAR_PART, Category.DAY));
        words.addAll(AS_OF_WORDS);
        words.addAll(List.of(
                "全年", "上半", "下半", "当前", "目前", "至今", "每年", "每月", "昨天", "昨日", "前天", "过去", "最近", "首季", "今明", "未来", "今后"));
        for (String w : words) {
            leads.add(w.charAt(0) << 16 | w.charAt(1));
        }
        for (char n : "0123456789〇零一二三四五六七八九十两".toCharArray()) {
            for (char c : "前第近上下".toCharArray()) {
                leads.add(c << 16 | n);
            }
        }
        LEADS = leads.stream().mapToInt(Integer::intValue).toArray();
        for (int lead : LEADS) {
            LEAD_FIRST.set(lead >>> 16);
        }
    }

    /** Whether a time expression can start at {@code i}: a numeral, or the first two chars of a time word. */
    private static boolean leads(String text, int i, int to) {
        return i + 1 < to
                && LEAD_FIRST.get(text.charAt(i))
                && java.util.Arrays.binarySearch(LEADS, text.charAt(i) << 16 | text.charAt(i + 1)) >= 0;
    }

    private TimeScanner() {}

    /**
     * The time mentions in {@code text[from, to)}, in text order, overlapping ones resolved to the longest; comparison
     * bases (去年同期) are left out.
     */
    public static List<TimeMention> scan(String text, int from, int to) {
        return scan(text, from, to, false);
    }

    /** The time mentions in {@code text[from, to)} including comparison bases (去年同期), in text order. */
    public static List<TimeMention> scanAll(String text, int from, int to) {
        return scan(text, from, to, true);
    }

    /** A matcher per rule and thread, reset to each text: a matcher costs more to make than to reset. */
    private static final ThreadLocal<Matcher[]> MATCHERS = ThreadLocal.withInitial(() -> new Matcher[RULES.length]);

    private static List<TimeMention> scan(String text, int from, int to, boolean withComparisons) {
        List<TimeMention> all = new ArrayList<>();
        Matcher[] matchers = null;
        boolean[] reset = null;
        int nextTimeChar = nextTimeChar(text, from, to);
        for (int i = from; i < to; i++) {
            if (nextTimeChar < i) {
                nextTimeChar = nextTimeChar(text, i, to);
            }
            if (nextTimeChar - i >= 10) {
                continue; // every time expression holds a time char within its first ten
            }
            char c = text.charAt(i);
            boolean numeral = ChineseDigits.isNumeral(c);
            if (!numeral && !leads(text, i, to) || numeral && precededByNumeral(text, i)) {
                continue;
            }
            char next = numeral ? afterNumber(text, i, to) : 0;
            if (numeral && (next == 0 || AFTER_NUMBER.indexOf(next) < 0)) {
                continue;
            }
            if (matchers == null) {
                matchers = MATCHERS.get();
                reset = new boolean[RULES.length];
            }
            for (int k = 0; k < RULES.length; k++) {
                if (!RULES[k].canStart(c, numeral, next)) {
                    continue;
                }
                if (matchers[k] == null) {
                    matchers[k] = RULES[k].pattern().matcher(text);
                } else if (!reset[k]) {
                    matchers[k].reset(text);
                }
                reset[k] = true;
                Matcher m = matchers[k];
                m.region(i, to);
                if (m.lookingAt() && m.end() > i) {
                    collect(all, m, text, RULES[k].kind(), to);
                }
            }
        }
        if (matchers != null) {
            for (int k = 0; k < RULES.length; k++) {
                if (reset[k]) {
                    matchers[k].reset(""); // hold no document past the call
                }
            }
        }
        all.sort(Comparator.comparingInt(TimeMention::start).thenComparing(m -> -(m.end() - m.start())));
        List<TimeMention> out = new ArrayList<>();
        int lastEnd = -1;
        for (TimeMention m : all) {
            if (m.start() >= lastEnd) {
                if (m.kind() == Kind.SAME_PERIOD_EARLIER && !withComparisons) {
                    lastEnd = m.end(); // 去年同期: no figure's period, and its 去年 is none either
                    continue;
                }
                TimeMention span = Span.extend(text, m, to);
                TimeMention kept = span != null ? span : m;
                out.add(inContext(kept, out));
                lastEnd = kept.end();
            }
        }
        return out;
    }

    /**
     * 「4月26日通报，25日新增」, 「2019年5月…，当月…」: a day alone or 当月 is of the month stated before it in the text
     * scanned, its year as that one's; without one it stays relative to the publication month.
     */
    private static TimeMention inContext(TimeMention m, List<TimeMention> before) {
        if (m.kind() == Kind.RELATIVE_DAY) {
            for (int i = before.size() - 1; i >= 0; i--) {
                TimeMention day =
                        onDayOf(m, before.get(i).isSpan() ? before.get(i).until() : before.get(i));
                if (day != null) {
                    return day;
                }
            }
            return m;
        }
        if (m.kind() != Kind.RELATIVE_MONTH || m.a() != 0 || m.isSpan()) {
            return m;
        }
        boolean day = ChineseDigits.isNumeral(m.label().charAt(0));
        boolean sameMonth = m.label().equals("当月") || m.label().equals("当月份");
        if (!day && !sameMonth) {
            return m;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            TimeMention p = before.get(i).isSpan() ? before.get(i).until() : before.get(i);
            boolean month = switch (p.kind()) {
                case DAY, MONTH, MONTH_END, TEN_DAYS -> p.a() >= 1 && p.a() <= 12;
                default -> false;
            };
            if (p.kind() == Kind.RELATIVE_MONTH && !p.isSpan()) { // 上个月15号…20日: that month too
                return p.a() == 0
                        ? m
                        : new TimeMention(
                                m.start(),
                                m.end(),
                                Kind.RELATIVE_MONTH,
                                0,
                                0,
                                p.a(),
                                m.b(),
                                m.since(),
                                m.asOf(),
                                m.label());
            }
            if (month) {
                return new TimeMention(
                        m.start(),
                        m.end(),
                        day ? Kind.DAY : Kind.MONTH,
                        p.year(),
                        p.yearShift(),
                        p.a(),
                        day ? m.b() : 0,
                        m.since(),
                        m.asOf(),
                        m.label());
            }
        }
        return m;
    }

    /**
     * 「3月28日，…开工。同日，…签约」: a {@link Kind#RELATIVE_DAY} as the day it refers to, its own text and place kept;
     * null when {@code day} states no day of a month (a month, a year) or the shift would land on a day not known
     * (次日 of 12月31日, whose year is not known here, or of 2月28日 in a year not stated).
     */
    public static TimeMention onDayOf(TimeMention anaphor, TimeMention day) {
        boolean ofMonth = day.kind() == Kind.DAY && day.a() >= 1 && day.a() <= 12 && day.b() >= 1;
        boolean ofRelativeMonth = day.kind() == Kind.RELATIVE_MONTH && day.b() >= 1;
        if (anaphor.kind() != Kind.RELATIVE_DAY || !ofMonth && !ofRelativeMonth) {
            return null;
        }
        int month = day.a();
        int dayOfMonth = day.b();
        if (anaphor.a() > 0) {
            if (!ofMonth || month == 2 && !day.hasExplicitYear() && dayOfMonth + anaphor.a() > 28) {
                return null; // the month's length is unknown: a relative month's, February's of a year not stated
            }
            int length = day.hasExplicitYear()
                    ? YearMonth.of(day.year(), month).lengthOfMonth()
                    : Month.of(month).maxLength();
            dayOfMonth += anaphor.a();
            if (dayOfMonth > length) {
                if (month == 12) {
                    return null;
                }
                month++;
                dayOfMonth -= length;
            }
        }
        return new TimeMention(
                anaphor.start(),
                anaphor.end(),
                day.kind(),
                day.year(),
                day.yearShift(),
                month,
                dayOfMonth,
                false,
                anaphor.asOf(),
                anaphor.label());
    }

    private static String firstChars(String alternation) {
        StringBuilder sb = new StringBuilder();
        for (String w : alternation.split("\\|")) {
            String word = w.startsWith("\\Q") ? w.substring(2) : w;
            if (sb.indexOf(word.substring(0, 1)) < 0) {
                sb.append(word.charAt(0));
            }
        }
        return sb.toString();
    }

    /**
     * The char after the number at {@code i} (spaces skipped), or 0: a number starts a time expression only when a
     * time word or a range mark follows it (2022年, 1-8月, 三季度, 十四五”).
     */
    private static char afterNumber(String text, int i, int to) {
        int j = i;
        while (j < to && j - i < 6 && ChineseDigits.isNumeral(text.charAt(j))) {
            j++;
        }
        while (j < to && text.charAt(j) == ' ') {
            j++;
        }
        return j < to ? text.charAt(j) : 0;
    }

    /** Offset of the next char every time expression holds one of, at or after {@code i}, or a large number. */
    private static int nextTimeChar(String text, int i, int to) {
        for (int k = i; k < to; k++) {
            switch (text.charAt(k)) {
                case '年', '月', '季', '天', '日', '号', '前', '今', '昨', '当', '期', '末', '来' -> {
                    return k;
                }
                default -> {
                    // not a time char
                }
            }
        }
        return Integer.MAX_VALUE / 2;
    }

    private static void collect(List<TimeMention> out, Matcher m, String text, Kind kind, int to) {
        int start = m.start();
        int end = m.end();
        if (insideBookTitle(text, start)
                || precededByDigit(text, start)
                || !standsAlone(m, kind, text, start, end, to)) {
            return;
        }
        TimeMention mention = build(m, kind, start, end, asOf(text, start, end, to), text.substring(start, end));
        if (mention != null) {
            out.add(mention);
        }
    }

    /** Chars a clause starts after, and the prepositions that put a time before a verb (于30日, 在三年后). */
    private static final String BEFORE_ALONE = "，,。；;：:、 \n(（“\"在于自从至到是比较与和同";

    /** Words after 30日 that make it a count of days (30日内, 3日游, 30日均线). */
    private static final Pattern DAYS_COUNTED = Pattern.compile("\\s*(?:内|以内|之内|以上|以下|左右|多|后|前|以来|来|之后|以后|均|游|期间)");

    /**
     * Forms read only where a clause or a preposition sets them off: a day alone (30日, not 工期30日), years after or
     * around the publication year (3年后, 前两年; not 投产3年后, 规划前两年).
     */
    private static boolean standsAlone(Matcher m, Kind kind, String text, int start, int end, int to) {
        boolean day = kind == Kind.RELATIVE_MONTH && group(m, "d") != null && group(m, "rel") == null;
        boolean later = group(m, "apart") != null && !group(m, "apart").contains("前");
        boolean years = kind == Kind.YEAR && group(m, "dir") != null;
        if (!day && !later && !years) {
            return true;
        }
        if (start > 0 && BEFORE_ALONE.indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        if (day) {
            Matcher counted = DAYS_COUNTED.matcher(text);
            counted.region(end, to);
            String d = group(m, "d");
            // 一日, 五日 written alone are counts (一日三餐); a Chinese date says 十 (三十日, 二十五日)
            return !counted.lookingAt() && (Character.isDigit(d.charAt(0)) || d.indexOf('十') >= 0);
        }
        return true;
    }

    /** 截至…, 截止到…, 到…为止: only the end of the time counts. */
    private static boolean asOf(String text, int start, int end, int to) {
        for (String w : AS_OF_WORDS) {
            if (precededBy(text, start, w)) {
                return true;
            }
        }
        return precededBy(text, start, "到") && text.startsWith("为止", skipSpaces(text, end, to));
    }

    private static int skipSpaces(String text, int i, int to) {
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean precededByDigit(String text, int start) {
        return start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.');
    }

    private static boolean precededByNumeral(String text, int start) {
        return start > 0 && (ChineseDigits.isNumeral(text.charAt(start - 1)) || text.charAt(start - 1) == '.');
    }

    private static boolean precededBy(String text, int start, String word) {
        int s = start;
        while (s > 0 && text.charAt(s - 1) == ' ') {
            s--;
        }
        return s >= word.length() && text.startsWith(word, s - word.length());
    }

    private static boolean insideBookTitle(String text, int pos) {
        for (int i = pos - 1; i >= 0 && i >= pos - 60; i--) {
            char c = text.charAt(i);
            if (c == '》' || c == '\n') {
                return false;
            }
            if (c == '《') {
                return true;
            }
        }
        return false;
    }

    /** The named groups each rule's pattern has (Java 17 cannot ask a pattern). */
    private static final java.util.Map<Pattern, java.util.Set<String>> GROUPS = new java.util.IdentityHashMap<>();

    static {
        Pattern name = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
        for (Rule r : RULES) {
            java.util.Set<String> names = new java.util.HashSet<>();
            Matcher m = name.matcher(r.pattern().pattern());
            while (m.find()) {
                names.add(m.group(1));
            }
            GROUPS.put(r.pattern(), names);
        }
    }

    /** The text of group {@code name}, or null when it did not match or the rule has no such group. */
    private static String group(Matcher m, String name) {
        return GROUPS.get(m.pattern()).contains(name) ? m.group(name) : null;
    }

    private static int yearOf(Matcher m) {
        String y = group(m, "year");
        return y == null ? 0 : ChineseDigits.year(y);
    }

    /** The yearShift of a match: 0 with an explicit year, the word's shift, or {@link TimeMention#CONTEXT}. */
    private static int shiftOf(Matcher m) {
        if (group(m, "year") != null) {
            return 0;
        }
        String rel = group(m, "rel");
        if (rel == null || rel.equals("全年")) {
            return TimeMention.CONTEXT;
        }
        TimeWords.Entry e = TimeWords.get(rel);
        if (e == null || e.category() == Category.MONTH) {
            return TimeMention.CONTEXT;
        }
        if (e.category() == Category.PREV_YEAR) {
            return e.value() == 0 ? TimeMention.SAME_AS_PREVIOUS : TimeMention.AFTER_PREVIOUS;
        }
        return e.value();
    }

    private static int num(Matcher m, String name) {
        String s = group(m, name);
        return s == null ? -1 : ChineseDigits.value(s);
    }

    private static TimeMention build(Matcher m, Kind kind, int start, int end, boolean asOf, String label) {
        int year = yearOf(m);
        int shift = shiftOf(m);
        if (year < 0) {
            return null;
        }
        boolean since = group(m, "since") != null;
        String part = group(m, "part");
        boolean endPart = part != null && (part.endsWith("末") || part.endsWith("底"));
        switch (kind) {
            case DAY -> {
                int month = num(m, "m");
                int day = num(m, "d");
                if (month < 1 || month > 12 || day < 1 || day > 31) {
                    return null;
                }
                String d2 = group(m, "d2");
                if (d2 != null) { // 4月12-19日: the days of one month
                    int last = ChineseDigits.value(d2);
                    if (last <= day || last > 31) {
                        return null;
                    }
                    TimeMention until = new TimeMention(
                            m.start("d2"),
                            end,
                            kind,
                            year,
                            shift,
                            month,
                            last,
                            false,
                            false,
                            label.substring(m.start("d2") - start));
                    return new TimeMention(start, end, kind, year, shift, month, day, false, asOf, label, until);
                }
                return new TimeMention(start, end, kind, year, shift, month, day, false, asOf, label);
            }
            case MONTH_RANGE -> {
                if (group(m, "m") == null) { // 今年后三个月: the last months of the year
                    int months = group(m, "q") != null ? num(m, "q") * 3 : num(m, "n");
                    if (months < 1 || months > 12) {
                        return null;
                    }
                    return months == 1
                            ? new TimeMention(start, end, Kind.MONTH, year, shift, 12, 0, false, asOf, label)
                            : new TimeMention(start, end, kind, year, shift, 13 - months, 12, false, asOf, label);
                }
                int a = num(m, "m");
                int b = num(m, "m2");
                if (a < 1 || b > 12 || a >= b) {
                    return null;
                }
                return new TimeMention(start, end, kind, year, shift, a, b, since, asOf, label);
            }
            case FIRST_MONTHS -> {
                int n = group(m, "q") != null ? num(m, "q") * 3 : num(m, "n");
                if (n < 1 || n > 12) {
                    return null;
                }
                return new TimeMention(start, end, kind, year, shift, n, 0, false, asOf, label);
            }
            case QUARTER -> {
                int q = group(m, "first") != null ? 1 : num(m, "q"); // 首季度 is the first quarter
                if (q < 1 || q > 4) {
                    return null;
                }
                if ("初".equals(part)) { // 四季度初: its first month
                    return new TimeMention(start, end, Kind.MONTH, year, shift, q * 3 - 2, 0, false, asOf, label);
                }
                return endPart // 三季度末: the end of its last month
                        ? new TimeMention(start, end, Kind.MONTH_END, year, shift, q * 3, 0, false, asOf, label)
                        : new TimeMention(start, end, kind, year, shift, q, 0, since, asOf, label);
            }
            case HALF -> {
                int half = group(m, "half").equals("上半年") ? 1 : 2;
                return endPart
                        ? new TimeMention(start, end, Kind.MONTH_END, year, shift, half * 6, 0, false, asOf, label)
                        : new TimeMention(start, end, kind, year, shift, half, 0, since, asOf, label);
            }
            case MONTH -> {
                int month = group(m, "first") != null ? 1 : group(m, "m") != null ? num(m, "m") : num(m, "n");
                if (month < 1 || month > 12) {
                    return null;
                }
                TimeWords.Entry xun = part == null ? null : TimeWords.get(part);
                if (xun != null && xun.category() == Category.XUN) {
                    return new TimeMention(
                            start, end, Kind.TEN_DAYS, year, shift, month, xun.value(), since, asOf, label);
                }
                Kind k = endPart ? Kind.MONTH_END : kind;
                return new TimeMention(start, end, k, year, shift, month, 0, since, asOf, label);
            }
            case YEAR -> {
                if (group(m, "both") != null) { // 今明两年
                    TimeMention next = new TimeMention(start + 1, start + 2, kind, 0, 1, 0, 0, false, false, "明年");
                    return new TimeMention(start, end, kind, 0, 0, 0, 0, false, asOf, label, next);
                }
                if (group(m, "apart") != null) { // 三年前, 3年后
                    String n = group(m, "n");
                    int years = num(m, "n");
                    if (years < 1 || n.length() == 2 && n.indexOf('十') < 0 && !Character.isDigit(n.charAt(0))) {
                        return null; // 三五年前 is vague: three or five years
                    }
                    String apart = group(m, "apart");
                    return new TimeMention(
                            start,
                            end,
                            kind,
                            0,
                            TimeMention.CONTEXT,
                            apart.contains("前") ? -years : years,
                            0,
                            false,
                            asOf || apart.equals("以前") || apart.equals("之前"),
                            label);
                }
                if (group(m, "dir") != null) { // 前两年, 下三年: whole years before or after the publication year
                    int n = num(m, "n");
                    if (n < 1 || n > 10) {
                        return null;
                    }
                    int first = group(m, "dir").equals("下") ? 1 : -n;
                    int last = group(m, "dir").equals("下") ? n : -1;
                    TimeMention lastYear = new TimeMention(start, end, kind, 0, last, 0, 0, false, false, label);
                    return n == 1
                            ? new TimeMention(start, end, kind, 0, first, 0, 0, false, asOf, label)
                            : new TimeMention(start, end, kind, 0, first, 0, 0, false, asOf, label, lastYear);
                }
                String year2 = group(m, "year2");
                if (year2 != null) { // 2020-2022年
                    int last = ChineseDigits.year(year2);
                    if (last <= year) {
                        return null;
                    }
                    TimeMention until = new TimeMention(
                            m.start("year2"), end, kind, last, 0, 0, 0, false, false, m.group("year2") + "年");
                    return new TimeMention(start, end, kind, year, 0, 0, 0, false, asOf, label, until);
                }
                return yearPart(kind, start, end, year, shift, part, since, asOf, label);
            }
            case YEAR_PART -> {
                return yearPart(kind, start, end, 0, TimeMention.CONTEXT, part, since, asOf, label);
            }
            case RELATIVE_MONTH -> {
                if (group(m, "dir") != null) { // 上两个月, 下三个月
                    int n = num(m, "n");
                    if (n < 2 || n > 12) {
                        return null;
                    }
                    int first = group(m, "dir").equals("下") ? 1 : -n;
                    int last = group(m, "dir").equals("下") ? n : -1;
                    TimeMention lastMonth = new TimeMention(start, end, kind, 0, 0, last, 0, false, false, label);
                    return new TimeMention(start, end, kind, 0, 0, first, 0, false, asOf, label, lastMonth);
                }
                int day = group(m, "d") != null ? num(m, "d") : 0; // 本月9日, 30日
                if (day < 0 || day > 31 || group(m, "rel") == null && day < 1) {
                    return null;
                }
                int months = group(m, "rel") == null
                        ? 0
                        : TimeWords.get(group(m, "rel")).value();
                if (part != null) { // 本月底: its last day; 本月初: its first, both as points (as 年底, 年初)
                    return new TimeMention(start, end, kind, 0, 0, months, endPart ? 0 : 1, false, true, label);
                }
                return new TimeMention(start, end, kind, 0, 0, months, day, since, asOf, label);
            }
            case RELATIVE_QUARTER -> {
                int quarters = TimeWords.get(group(m, "rel")).value();
                return new TimeMention(
                        start, end, kind, 0, 0, quarters, endPart ? 1 : 0, since, asOf || endPart, label);
            }
            case NOW -> {
                return new TimeMention(start, end, kind, 0, 0, 0, 0, false, true, label);
            }
            case MONTHS_AGO -> {
                String word = group(m, "word");
                if (word != null) {
                    int days = word.equals("前天") ? 2 : 1;
                    return new TimeMention(start, end, Kind.DAYS_AGO, 0, 0, days, 0, false, asOf, label);
                }
                int n = num(m, "n");
                if (n < 1) {
                    return null;
                }
                Kind k = group(m, "unit").equals("个月") ? Kind.MONTHS_AGO : Kind.DAYS_AGO;
                return new TimeMention(start, end, k, 0, 0, n, 0, false, asOf, label);
            }
            case RECENT_YEARS -> {
                int n = group(m, "n") != null ? num(m, "n") : num(m, "n2");
                if (n < 1 || n > 30) {
                    return null;
                }
                return new TimeMention(start, end, kind, 0, 0, n, 0, true, asOf, label);
            }
            case PLAN_PERIOD -> {
                TimeWords.Entry plan = TimeWords.get(group(m, "plan"));
                boolean planEnd = part.endsWith("末");
                return new TimeMention(
                        start,
                        end,
                        kind,
                        0,
                        TimeMention.CONTEXT,
                        plan.value(),
                        plan.value2(),
                        part.equals("以来"),
                        asOf || planEnd,
                        label);
            }
            case SAME_PERIOD_EARLIER -> {
                return new TimeMention(start, end, kind, year, shift, 0, 0, false, asOf, label);
            }
            case COMING -> {
                int n = num(m, "n");
                if (n < 1) {
                    return null;
                }
                int months = group(m, "unit").equals("年") ? n * 12 : n;
                return new TimeMention(start, end, kind, 0, 0, months, 0, false, asOf, label);
            }
            case EVERY_YEAR -> {
                return new TimeMention(start, end, kind, 0, 0, 0, 0, false, asOf, label);
            }
            case RELATIVE_DAY -> {
                int days = TimeWords.get(group(m, "day")).value();
                return new TimeMention(start, end, kind, 0, 0, days, 0, false, asOf, label);
            }
            default -> {
                return null;
            }
        }
    }

    /** 2021年, 去年底, 今年年初, 2021年度, 年中: a year or a point of it. */
    private static TimeMention yearPart(
            Kind kind,
            int start,
            int end,
            int year,
            int shift,
            String part,
            boolean since,
            boolean asOf,
            String label) {
        if (part == null || part.equals("度")) {
            return new TimeMention(start, end, Kind.YEAR, year, shift, 0, 0, since, asOf, label);
        }
        String word = part.equals("伊始") ? "年初" : part.startsWith("年") ? part : "年" + part;
        TimeWords.Entry e = TimeWords.get(word);
        if (e == null || e.category() != Category.YEAR_PART) {
            return null;
        }
        if (e.value() == 3) {
            return new TimeMention(start, end, Kind.YEAR_END, year, shift, 0, 0, false, asOf, label);
        }
        return new TimeMention(start, end, Kind.YEAR_PART, year, shift, 0, e.value(), since, asOf, label);
    }
}
