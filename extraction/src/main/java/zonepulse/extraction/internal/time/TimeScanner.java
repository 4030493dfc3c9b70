package zonepulse.extraction.internal.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonepulse.extraction.internal.number.NumberScanner;

/**
 * Finds time expressions: 2021年11月27日, 同年12月7日, 今年1-8月份, 前八个月, 一季度, 2020年四季度以来, 上半年, 全年,
 * 去年, 明年, 年末, 截至5月25日, 目前, 一个月前, 5月末, 到2022年, 每年. Expressions inside a book title (《…(2020年-2022年)》)
 * are not the article's own time.
 */
public final class TimeScanner {
    private static final String Y = "(?:(19\\d{2}|20\\d{2})\\s*年\\s*|(今年|去年|上年|明年|同年|本年)\\s*)?";
    private static final Pattern DAY = Pattern.compile(Y + "(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern MONTH_RANGE =
            Pattern.compile(Y + "(\\d{1,2})\\s*(?:月\\s*)?[-~至到]\\s*(\\d{1,2})\\s*月份?(以来)?");
    private static final Pattern FIRST_MONTHS = Pattern.compile(Y + "前([一二三四五六七八九十两]{1,2}|\\d{1,2})个?月");
    private static final Pattern FIRST_QUARTERS = Pattern.compile(Y + "前([二三两])季度");
    private static final Pattern QUARTER = Pattern.compile(Y + "第?([一二三四1-4])\\s*季度(以来)?");
    private static final Pattern HALF = Pattern.compile(Y + "(上半年|下半年)");
    private static final Pattern MONTH = Pattern.compile(Y + "(\\d{1,2})\\s*月份?\\s*(末|底|初|上旬|中旬|下旬)?(以来)?");
    private static final Pattern YEAR = Pattern.compile("(19\\d{2}|20\\d{2})\\s*年\\s*(末|底|度)?(以来)?");
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(今年|去年|上年|明年|本年|全年|年末|年底|当年)(以来)?");
    private static final Pattern NOW = Pattern.compile("截至目前|截止目前|目前|至今|当前");
    private static final Pattern AGO = Pattern.compile("([一二三四五六七八九十两]{1,2}|\\d{1,2})\\s*(个月|天|日)前|(昨天|昨日|前天)");
    private static final Pattern EVERY = Pattern.compile("每年|年均|每月");

    private TimeScanner() {}

    /** The time mentions in {@code text[from, to)}, in text order, overlapping ones resolved to the longest. */
    public static List<TimeMention> scan(String text, int from, int to) {
        List<TimeMention> all = new ArrayList<>();
        Matcher[] matchers = null;
        int nextTimeChar = nextTimeChar(text, from, to);
        for (int i = from; i < to; i++) {
            if (nextTimeChar < i) {
                nextTimeChar = nextTimeChar(text, i, to);
            }
            if (nextTimeChar - i >= 10) {
                continue; // every time expression holds a time char within its first ten
            }
            if (!canStart(text.charAt(i))
                    || precededByDigit(text, i) && Character.isDigit(text.charAt(i))
                    || !numberLeadsToTime(text, i, to)) {
                continue;
            }
            if (matchers == null) {
                matchers = new Matcher[PATTERNS.length];
                for (int k = 0; k < PATTERNS.length; k++) {
                    matchers[k] = PATTERNS[k].matcher(text);
                }
            }
            // every pattern that can start with this char, anchored here: no pattern scans the statement on its own
            String starts = startsOf(text, i, to);
            for (int k = 0; k < PATTERNS.length; k++) {
                if (starts.indexOf((char) ('a' + k)) < 0) {
                    continue;
                }
                Matcher m = matchers[k];
                m.region(i, to);
                if (m.lookingAt()) {
                    collect(all, m, text, KINDS[k]);
                }
            }
        }
        all.sort(Comparator.comparingInt(TimeMention::start).thenComparing(m -> -(m.end() - m.start())));
        List<TimeMention> out = new ArrayList<>();
        int lastEnd = -1;
        for (TimeMention m : all) {
            if (m.start() >= lastEnd) {
                out.add(m);
                lastEnd = m.end();
            }
        }
        return out;
    }

    private static final Pattern[] PATTERNS = {
        DAY, MONTH_RANGE, FIRST_MONTHS, FIRST_QUARTERS, QUARTER, HALF, MONTH, YEAR, RELATIVE_YEAR, NOW, AGO, EVERY
    };
    private static final TimeMention.Kind[] KINDS = {
        TimeMention.Kind.DAY, TimeMention.Kind.MONTH_RANGE, TimeMention.Kind.FIRST_MONTHS,
                TimeMention.Kind.FIRST_MONTHS,
        TimeMention.Kind.QUARTER, TimeMention.Kind.HALF, TimeMention.Kind.MONTH, TimeMention.Kind.YEAR,
        TimeMention.Kind.YEAR, TimeMention.Kind.NOW, TimeMention.Kind.MONTHS_AGO, TimeMention.Kind.EVERY_YEAR
    };

    /**
     * The patterns (as letters a.. in {@link #PATTERNS} order) a time expression starting with {@code c} can match:
     * a digit or a year word (今年…) starts the dated ones, 前 only 前八个月, 每 only 每年, and so on.
     */
    private static String startsOf(String text, int i, int to) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
            // the char after the digits tells which patterns can match: 2022年…, 5月…, 1-8月, 3个月前
            int j = i;
            while (j < to && Character.isDigit(text.charAt(j))) {
                j++;
            }
            while (j < to && text.charAt(j) == ' ') {
                j++;
            }
            char next = j < to ? text.charAt(j) : ' ';
            return switch (next) {
                case '年' -> "abcdefgh";
                case '月' -> "abg";
                case '-', '~', '至', '到' -> "b";
                case '季' -> "e";
                case '个', '天', '日' -> "ak";
                default -> "";
            };
        }
        if ("今去明同本".indexOf(c) >= 0) {
            return "abcdefghi";
        }
        return switch (c) {
            case '上' -> "abcdefgi";
            case '下' -> "f";
            case '前' -> "cdk";
            case '第' -> "e";
            case '全', '年' -> "i";
            case '当' -> "ij";
            case '截', '目', '至' -> "j";
            case '每' -> "l";
            case '昨' -> "k";
            default -> "ek"; // Chinese numerals: 一季度, 一个月前
        };
    }

    /** A number starts a time expression only when a time word or a range mark follows it (2022年, 1-8月, 三季度). */
    private static boolean numberLeadsToTime(String text, int i, int to) {
        char c = text.charAt(i);
        boolean digit = c >= '0' && c <= '9';
        boolean chinese = "一二三四五六七八九十两".indexOf(c) >= 0;
        if (!digit && !chinese) {
            return true;
        }
        int j = i;
        while (j < to && (digit ? Character.isDigit(text.charAt(j)) : "一二三四五六七八九十两".indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        while (j < to && text.charAt(j) == ' ') {
            j++;
        }
        return j < to && "年月季日号天-~至到个".indexOf(text.charAt(j)) >= 0;
    }

    /** Offset of the next of 年月季天日号前今昨当 at or after {@code i}, or a large number when none. */
    private static int nextTimeChar(String text, int i, int to) {
        for (int k = i; k < to; k++) {
            if ("年月季天日号前今昨当".indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return Integer.MAX_VALUE / 2;
    }

    /** Chars a time expression can start with: a digit, a Chinese numeral, or the first char of a time word. */
    private static boolean canStart(char c) {
        return (c >= '0' && c <= '9') || "今去上明同本全前第一二三四五六七八九十两截目至当每年昨".indexOf(c) >= 0;
    }

    private static void collect(List<TimeMention> out, Matcher m, String text, TimeMention.Kind kind) {
        {
            int start = m.start();
            int end = m.end();
            if (insideBookTitle(text, start) || precededByDigit(text, start)) {
                return;
            }
            boolean asOf =
                    precededBy(text, start, "截至") || precededBy(text, start, "截止") || precededBy(text, start, "截止到");
            TimeMention mention = build(m, kind, start, end, asOf, text.substring(start, end));
            if (mention != null) {
                out.add(mention);
            }
        }
    }

    private static boolean precededByDigit(String text, int start) {
        return start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.');
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

    private static int yearOf(Matcher m) {
        return m.group(1) != null ? Integer.parseInt(m.group(1)) : 0;
    }

    private static int shiftOf(Matcher m) {
        String rel = m.group(2);
        if (m.group(1) != null) {
            return 0;
        }
        if (rel == null) {
            return TimeMention.CONTEXT;
        }
        return switch (rel) {
            case "去年", "上年" -> -1;
            case "明年" -> 1;
            case "同年" -> TimeMention.SAME_AS_PREVIOUS;
            default -> 0;
        };
    }

    private static int small(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        double v = NumberScanner.chineseValue(s);
        return Double.isNaN(v) ? -1 : (int) v;
    }

    private static TimeMention build(Matcher m, TimeMention.Kind kind, int start, int end, boolean asOf, String label) {
        switch (kind) {
            case DAY -> {
                int month = Integer.parseInt(m.group(3));
                int day = Integer.parseInt(m.group(4));
                if (month < 1 || month > 12 || day < 1 || day > 31) {
                    return null;
                }
                return new TimeMention(start, end, kind, yearOf(m), shiftOf(m), month, day, false, asOf, label);
            }
            case MONTH_RANGE -> {
                int a = Integer.parseInt(m.group(3));
                int b = Integer.parseInt(m.group(4));
                if (a < 1 || b > 12 || a > b) {
                    return null;
                }
                return new TimeMention(start, end, kind, yearOf(m), shiftOf(m), a, b, m.group(5) != null, asOf, label);
            }
            case FIRST_MONTHS -> {
                int n = small(m.group(3));
                if (label.contains("季度")) {
                    n = n * 3;
                }
                if (n < 1 || n > 12) {
                    return null;
                }
                return new TimeMention(start, end, kind, yearOf(m), shiftOf(m), n, 0, false, asOf, label);
            }
            case QUARTER -> {
                int q = small(m.group(3));
                if (q < 1 || q > 4) {
                    return null;
                }
                return new TimeMention(start, end, kind, yearOf(m), shiftOf(m), q, 0, m.group(4) != null, asOf, label);
            }
            case HALF -> {
                return new TimeMention(
                        start,
                        end,
                        kind,
                        yearOf(m),
                        shiftOf(m),
                        m.group(3).equals("上半年") ? 1 : 2,
                        0,
                        false,
                        asOf,
                        label);
            }
            case MONTH -> {
                int month = Integer.parseInt(m.group(3));
                if (month < 1 || month > 12) {
                    return null;
                }
                String part = m.group(4);
                TimeMention.Kind k =
                        part != null && (part.equals("末") || part.equals("底")) ? TimeMention.Kind.MONTH_END : kind;
                if (m.group(1) == null && m.group(2) == null && part == null && m.group(5) == null && !asOf) {
                    // a bare 「5月」 is a month; keep it, but not when it is 「5月份」 of a longer phrase
                }
                return new TimeMention(start, end, k, yearOf(m), shiftOf(m), month, 0, m.group(5) != null, asOf, label);
            }
            case YEAR -> {
                if (m.groupCount() >= 3
                        && m.group(1) != null
                        && m.group(1).length() == 4
                        && Character.isDigit(m.group(1).charAt(0))) {
                    int year = Integer.parseInt(m.group(1));
                    String part = m.group(2);
                    TimeMention.Kind k =
                            part != null && (part.equals("末") || part.equals("底")) ? TimeMention.Kind.YEAR_END : kind;
                    return new TimeMention(start, end, k, year, 0, 0, 0, m.group(3) != null, asOf, label);
                }
                String word = m.group(1);
                boolean since = m.group(2) != null;
                return switch (word) {
                    case "去年", "上年" -> new TimeMention(start, end, kind, 0, -1, 0, 0, since, asOf, label);
                    case "明年" -> new TimeMention(start, end, kind, 0, 1, 0, 0, since, asOf, label);
                    case "今年", "本年", "当年" -> new TimeMention(start, end, kind, 0, 0, 0, 0, since, asOf, label);
                    case "全年" -> new TimeMention(start, end, kind, 0, TimeMention.CONTEXT, 0, 0, false, asOf, label);
                    case "年末", "年底" ->
                        new TimeMention(
                                start,
                                end,
                                TimeMention.Kind.YEAR_END,
                                0,
                                TimeMention.CONTEXT,
                                0,
                                0,
                                false,
                                asOf,
                                label);
                    default -> null;
                };
            }
            case NOW -> {
                return new TimeMention(start, end, kind, 0, 0, 0, 0, false, true, label);
            }
            case MONTHS_AGO -> {
                if (m.group(3) != null) {
                    int days = m.group(3).equals("前天") ? 2 : 1;
                    return new TimeMention(start, end, TimeMention.Kind.DAYS_AGO, 0, 0, days, 0, false, asOf, label);
                }
                int n = small(m.group(1));
                if (n < 1) {
                    return null;
                }
                TimeMention.Kind k = m.group(2).equals("个月") ? TimeMention.Kind.MONTHS_AGO : TimeMention.Kind.DAYS_AGO;
                return new TimeMention(start, end, k, 0, 0, n, 0, false, asOf, label);
            }
            case EVERY_YEAR -> {
                return new TimeMention(start, end, kind, 0, 0, 0, 0, false, asOf, label);
            }
            default -> {
                return null;
            }
        }
    }
}
