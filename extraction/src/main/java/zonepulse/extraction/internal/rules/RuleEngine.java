package zonepulse.extraction.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.internal.Deadline;
import zonepulse.extraction.internal.number.NumberScanner;
import zonepulse.extraction.internal.region.Gazetteer;
import zonepulse.extraction.internal.region.Regions;
import zonepulse.extraction.internal.text.Normalizer;
import zonepulse.extraction.internal.time.StatedYears;
import zonepulse.extraction.internal.time.TimeMention;
import zonepulse.extraction.internal.time.TimeScanner;

/** Runs the indicator and project rules over a clean text, statement by statement. Stateless and thread-safe. */
public final class RuleEngine {
    /** 「2022 年度工作总结」, 「2021年统计公报」: an annual report, whose figures are about that year. */
    private static final Pattern REPORT_YEAR =
            Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(?:度)?\\s*(?:[^\\s，。]{0,12}?)(?:"
                    + zonepulse.extraction.internal.lexicon.Lexicons.words("report-title-words.txt").stream()
                            .map(Pattern::quote)
                            .collect(java.util.stream.Collectors.joining("|"))
                    + ")");
    /** How a section heading opens: 一、 (一) 1. 第一部分. */
    private static final Pattern HEADING = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]+\\s*[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}\\s*[、.．]\\D|第[一二三四五六七八九十]+部分)");

    /** How far into a text its lead reaches. */
    private static final int OPENING = 200;

    private static final Pattern HEADING_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?!\\s*\\d)");
    /** Statements longer than this are cut: no real sentence is, and rules stay linear. */
    private static final int MAX_STATEMENT = 2000;

    private final Gazetteer gazetteer;
    private final Regions regions;

    public RuleEngine(Regions regions) {
        this.regions = regions;
        this.gazetteer = regions.zones();
    }

    /** What the rules find in {@code clean}, published on {@code published} (or null), titled {@code title}. */
    public Drafts.Found run(String clean, String title, LocalDate published, Deadline deadline)
            throws ExtractionException {
        String text = Normalizer.fold(clean);
        int reportYear = reportYear(title, text);
        var regionMentions = regions.annotate(text);
        String foldedTitle = title == null ? null : Normalizer.fold(title);
        var titleMentions = foldedTitle == null ? List.<Regions.RegionMention>of() : regions.annotate(foldedTitle);
        String mainRegion = regions.main(titleMentions, regionMentions);
        String mainZone = regions.mainZone(titleMentions, regionMentions);
        TimeMention titleTime = titlePeriod(foldedTitle);
        if (mainZone == null) {
            // 「经开区…经开区…」 in an article that names only its city: the zone is that city's (芜湖 + 经开区)
            mainZone = regions.impliedZone(mainRegion, regionMentions, text);
            if (mainZone != null) {
                mainRegion = mainZone;
            }
        }
        // 全市, 全省, 全国: the whole of the place around the article's own zone or place
        regionMentions = regions.scopes(regionMentions, mainZone != null ? mainZone : mainRegion);
        DocContext ctx = new DocContext(
                clean,
                text,
                published,
                reportYear,
                titleYear(foldedTitle),
                published == null ? StatedYears.mostStated(text) : 0, // only an undated text needs its guess
                titleTime != null ? titleTime : leadPeriod(text),
                regions.firstIn(titleMentions),
                mainRegion,
                mainZone,
                regionMentions);
        TimeResolver times = new TimeResolver(published, ctx.docYear());
        IndicatorRules indicators = new IndicatorRules(ctx, times, gazetteer);
        ProjectRules projects = new ProjectRules(ctx, times);
        List<Drafts.Indicator> foundIndicators = new ArrayList<>();
        List<Drafts.Project> foundProjects = new ArrayList<>();
        int n = text.length();
        int p = 0;
        int sectionYear = 0;
        CeremonyDay ceremony = null;
        LastStatedDay lastDay = new LastStatedDay();
        ParagraphState before = null;
        while (p < n) {
            int paraEnd = text.indexOf('\n', p);
            if (paraEnd < 0) {
                paraEnd = n;
            }
            ParagraphState ps = new ParagraphState();
            int headingYear = headingYear(text, p, paraEnd);
            if (headingYear >= 0) {
                sectionYear = headingYear; // 「一、2021年工作回顾」 dates its section; a heading without a year ends that
            }
            ps.year = sectionYear;
            ps.sectionYear = sectionYear;
            ps.ceremony = ceremony;
            if (before != null && text.startsWith("其中", p)) {
                // 「其中，…」 opening a paragraph details the statement that closed the one before, as within one
                ps.previous = before.previous;
                ps.year = Math.max(ps.year, before.year);
            }
            int s = p;
            while (s < paraEnd) {
                deadline.check();
                int e = s;
                while (e < paraEnd && !Spans.endsStatement(text.charAt(e)) && e - s < MAX_STATEMENT) {
                    e++;
                }
                if (e < paraEnd) {
                    e++;
                }
                var figures = NumberScanner.scan(text, s, e);
                boolean opensWithNumber = Character.isDigit(text.charAt(s)) || "今去明上下同本".indexOf(text.charAt(s)) >= 0;
                if (figures.isEmpty() && !opensWithNumber && !mayHaveTrigger(text, s, e)) {
                    // nothing to extract here: only the year it states matters to later statements
                    int year = explicitYear(text, s, e, ctx.docYear());
                    if (year > 0) {
                        ps.year = year;
                    }
                    if (statesDay(text, s, e)) {
                        lastDay.note(TimeScanner.scan(text, s, e));
                    }
                    ps.previous = null;
                    s = e;
                    continue;
                }
                Statement st = Statement.of(text, s, e, lastDay.resolve(TimeScanner.scan(text, s, e)), figures);
                Set<Integer> consumed = new HashSet<>();
                projects.apply(st, ps, consumed, foundProjects);
                indicators.apply(st, ps, consumed, foundIndicators);
                ps.ceremony = CeremonyDay.after(ps.ceremony, text, st, ps, ctx.docYear());
                ceremony = ps.ceremony;
                int year = 0;
                for (var m : st.times()) {
                    if (m.hasExplicitYear() && (ctx.docYear() == 0 || m.year() <= ctx.docYear())) {
                        year = m.year();
                    }
                }
                if (year > 0) {
                    ps.year = year;
                }
                if (opensWithDate(text, st)) {
                    ps.opening = st.times().get(0);
                }
                ps.previous =
                        st.times().isEmpty() ? null : st.times().get(st.times().size() - 1);
                s = e;
            }
            if (!text.substring(p, paraEnd).isBlank()) {
                before = ps;
            }
            p = paraEnd + 1;
        }
        return new Drafts.Found(IndicatorRules.dedupe(foundIndicators), dedupeProjects(foundProjects));
    }

    /**
     * The year a section heading states (「一、2021年工作回顾」: an enumerated short line without a sentence end), 0 for a
     * heading without a year, -1 for a line that is no heading.
     */
    static int headingYear(String text, int from, int to) {
        if (to - from > 40 || to - from < 3) {
            return -1;
        }
        for (int i = from; i < to; i++) {
            if (Spans.endsStatement(text.charAt(i)) || text.charAt(i) == '，' || text.charAt(i) == ',') {
                return -1;
            }
        }
        if (!HEADING.matcher(text).region(from, to).lookingAt()) {
            return -1;
        }
        Matcher year = HEADING_YEAR.matcher(text).region(from, to);
        return year.find() ? Integer.parseInt(year.group(1)) : 0;
    }

    /** Whether the statement may state a day of a month (3月28日, 28号): a cheap test before scanning it for one. */
    private static boolean statesDay(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '日' || text.charAt(i) == '号') {
                return true;
            }
        }
        return false;
    }

    /** Whether a stage word (or 完成…建设) may stand in the statement. */
    private static boolean mayHaveTrigger(String text, int from, int to) {
        return ProjectRules.hasTrigger(text, from, to);
    }

    /** The last explicit year (2022年) of a statement that is not after the document's year, or 0. */
    private static int explicitYear(String text, int from, int to, int docYear) {
        int year = 0;
        for (int i = from; i + 4 < to; i++) {
            if (text.charAt(i) == '年'
                    || !Character.isDigit(text.charAt(i))
                    || i > from && Character.isDigit(text.charAt(i - 1))) {
                continue;
            }
            int j = i;
            while (j < to && Character.isDigit(text.charAt(j))) {
                j++;
            }
            int k = j < to && text.charAt(j) == ' ' ? j + 1 : j;
            if (j - i == 4 && k < to && text.charAt(k) == '年' && !insideBookTitle(text, from, i)) {
                int y = Integer.parseInt(text.substring(i, j));
                if (y >= 1900 && y < 2100 && (docYear == 0 || y <= docYear)) {
                    year = y;
                }
            }
            i = j;
        }
        return year;
    }

    private static boolean insideBookTitle(String text, int from, int pos) {
        for (int i = pos - 1; i >= from && i >= pos - 60; i--) {
            if (text.charAt(i) == '》') {
                return false;
            }
            if (text.charAt(i) == '《') {
                return true;
            }
        }
        return false;
    }

    /**
     * 「2020年，…」: a statement that opens with a date set off by a comma is about that date, and so are the
     * statements after it in the paragraph (「2022年产值1209亿元」 only dates its own figure).
     */
    private static boolean opensWithDate(String text, Statement st) {
        if (st.times().isEmpty()) {
            return false;
        }
        var first = st.times().get(0);
        int lead = first.start() - st.start();
        boolean dated = first.hasExplicitYear()
                || first.yearShift() != zonepulse.extraction.internal.time.TimeMention.CONTEXT
                || first.kind() != zonepulse.extraction.internal.time.TimeMention.Kind.YEAR;
        if (lead > 1
                || !dated
                || first.kind() == zonepulse.extraction.internal.time.TimeMention.Kind.NOW
                || first.end() >= text.length()) {
            return false;
        }
        char next = text.charAt(first.end());
        return next == '，'
                || next == ','
                || next == ' '
                        && first.end() + 1 < text.length()
                        && (text.charAt(first.end() + 1) == '，' || text.charAt(first.end() + 1) == ',');
    }

    /** Kinds of time that make a title's period: a span of months, a quarter, a half, not a day or "now". */
    private static final java.util.Set<TimeMention.Kind> TITLE_PERIODS = java.util.EnumSet.of(
            TimeMention.Kind.MONTH_RANGE,
            TimeMention.Kind.FIRST_MONTHS,
            TimeMention.Kind.QUARTER,
            TimeMention.Kind.HALF,
            TimeMention.Kind.MONTH);

    /** The period a title states (苏州一季度GDP…, 1-8月开发区…), or null. */
    static TimeMention titlePeriod(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        for (TimeMention m : TimeScanner.scan(title, 0, title.length())) {
            if (TITLE_PERIODS.contains(m.kind()) && !m.isSpan()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The period a news lead states (「…获悉，1—5月重庆高新区工业经济…」: the first paragraph of an article without a
     * headline period): a span of months, a quarter or a half, not a single month or day. Null when it states none.
     */
    static TimeMention leadPeriod(String text) {
        int end = text.indexOf('\n');
        end = end < 0 ? Math.min(text.length(), OPENING) : Math.min(end, OPENING);
        for (TimeMention m : TimeScanner.scan(text, 0, end)) {
            if (TITLE_PERIODS.contains(m.kind()) && m.kind() != TimeMention.Kind.MONTH && !m.isSpan()) {
                return m;
            }
        }
        return null;
    }

    /** The first year (19xx年, 20xx年) a title states, or 0. */
    static int titleYear(String title) {
        if (title == null) {
            return 0;
        }
        Matcher m = HEADING_YEAR.matcher(title);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    static int reportYear(String title, String text) {
        int firstLine = text.indexOf('\n');
        String head = (title == null ? "" : title + "\n")
                + text.substring(0, firstLine < 0 ? Math.min(text.length(), 200) : Math.min(firstLine, 200));
        Matcher m = REPORT_YEAR.matcher(Normalizer.fold(head));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * One event per project and stage: the first mention, with the date and investment a restatement (or a shorter
     * form of the same name) adds when the first lacks them: a title's 「某公司签约某某项目」 has neither, the body's
     * has. Not its companies: a shorter form may start with a word that only looks like a company's name.
     */
    static List<Drafts.Project> dedupeProjects(List<Drafts.Project> in) {
        List<Drafts.Project> out = new ArrayList<>();
        for (Drafts.Project d : in) {
            boolean duplicate = false;
            for (int i = 0; i < out.size() && !duplicate; i++) {
                Drafts.Project o = out.get(i);
                if (o.stage() == d.stage() && sameProject(o.projectKey(), d.projectKey())) {
                    duplicate = true;
                    out.set(i, completed(o, d));
                }
            }
            if (!duplicate) {
                out.add(d);
            }
        }
        return out;
    }

    /** {@code first} with the date and investment it lacks taken from {@code restated}. */
    private static Drafts.Project completed(Drafts.Project first, Drafts.Project restated) {
        return first.with(
                first.date() != null ? first.date() : restated.date(),
                first.investment() != null ? first.investment() : restated.investment());
    }

    private static boolean sameProject(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        return shorter.length() >= 4 && longer.contains(shorter);
    }
}
