package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import zonepulse.events.Measure;
import zonepulse.events.Period;
import zonepulse.events.Qualifier;
import zonepulse.events.Quantity;
import zonepulse.events.Stage;
import zonepulse.events.Status;
import zonepulse.extraction.internal.lexicon.Lexicons;
import zonepulse.extraction.internal.number.Figure;
import zonepulse.extraction.internal.number.NumberScanner;
import zonepulse.extraction.internal.number.Unit;
import zonepulse.extraction.internal.region.Gazetteer;
import zonepulse.extraction.internal.text.Trie;
import zonepulse.extraction.internal.time.TimeMention;

/**
 * Turns figures into indicator events: names the measure from the words before the figure (规模以上工业总产值达…)
 * or after it (77家世界500强企业), decides what is measured from the words that join them (同比增长 → yoy_growth,
 * 占全市 → share, a classifier → count), and carries period, status and basis across the statement.
 */
final class IndicatorRules {
    /** Words between a name and its figure, stripped from the name's end; they tell what is measured. */
    private static final Trie<Boolean> CONNECTORS = Trie.ofReversedWords(lexicon("connectors"));

    private static final Trie<Boolean> LEADING = Trie.ofWords(lexicon("leading-words"));
    /** Words where a name after the figure ends (77家世界500强企业|投资…). */
    private static final Trie<Boolean> FOLLOW_STOPS = Trie.ofWords(lexicon("follow-stops"));

    private static final Set<String> REGION_ONLY = Set.copyOf(lexicon("scope-words"));
    /** Verbs that name no measure on their own: a figure after one takes the statement's last name (我国已发布285项). */
    private static final Set<String> VERBS_ONLY = Set.copyOf(lexicon("light-verbs"));

    private static final Set<String> BASIS_WORDS = Set.copyOf(lexicon("basis-words"));
    private static final Set<String> PRONOUNS = Set.copyOf(lexicon("pronouns"));
    private static final String[] GROWTH = array("growth-words");
    private static final String[] FALLS = array("fall-words");
    private static final String[] STOCK_MARKERS = array("stock-markers");
    private static final String[] FORECAST_MARKERS = array("forecast-markers");
    private static final String[] TARGET_MARKERS = array("target-markers");
    /** Words starting with a marker that state no status (将近, 计划总投资). */
    private static final List<String> MARKER_EXCEPTIONS = lexicon("marker-exceptions");
    /** Words before 计划/目标 that make it a yardstick, not a target (完成年度计划的98%). */
    private static final List<String> MARKER_OBJECTS = lexicon("marker-objects");
    /** Words naming a ceremony whose counts and totals cover its day (集中开工, 签约仪式). */
    private static final List<String> CEREMONIES = lexicon("ceremony-words");
    /** Verbs after an amount that say what it is spent on (建设, 扩建, 用于). */
    private static final Trie<Boolean> PURPOSE_VERBS = Trie.ofWords(lexicon("purpose-verbs"));
    /** Endings that make a name a clause fragment (国家高新区以, 项目中有). */
    private static final List<String> BAD_ENDINGS = lexicon("name-bad-endings");
    /** First chars of the status markers, and 到 (到2025年): where a marker may start. */
    private static final String MARKER_FIRST_CHARS = firstChars(FORECAST_MARKERS, TARGET_MARKERS) + "到";

    private static final String STOCK_FIRST_CHARS = firstChars(STOCK_MARKERS);
    private static final String[] RATIO_NAMES = array("ratio-words");
    /** Heads a list of subjects shares (集成电路、新材料产值: 产值 is said of both). */
    private static final List<String> MEASURE_HEADS = lexicon("measure-heads");
    /** Names of one project's amounts (总投资, 一期投资): never a zone's indicator on their own. */
    private static final Set<String> PROJECT_AMOUNTS = Set.copyOf(lexicon("project-amounts"));
    /** Words making what follows the outcome of one project (投产后, 建成后). */
    private static final List<String> HYPOTHETICAL = lexicon("hypothetical-markers");
    /** Words that after a place make a proper name (宁德时代, 苏州银行), not the place as a scope. */
    private static final Trie<Boolean> PROPER_NAME_HEADS = Trie.ofWords(lexicon("proper-name-heads"));

    private static String firstChars(String[]... lists) {
        StringBuilder sb = new StringBuilder();
        for (String[] list : lists) {
            for (String w : list) {
                if (sb.indexOf(w.substring(0, 1)) < 0) {
                    sb.append(w.charAt(0));
                }
            }
        }
        return sb.toString();
    }

    private static String[] array(String role) {
        return lexicon(role).toArray(String[]::new);
    }

    /** The words of {@code lexicon/indicator-<role>.txt}. */
    private static List<String> lexicon(String role) {
        return List.copyOf(Lexicons.words("indicator-" + role + ".txt"));
    }

    private final DocContext ctx;
    private final TimeResolver times;
    private final Gazetteer gazetteer;

    IndicatorRules(DocContext ctx, TimeResolver times, Gazetteer gazetteer) {
        this.ctx = ctx;
        this.times = times;
        this.gazetteer = gazetteer;
    }

    /** A name and where it stands. */
    private record Name(String text, int start, int end, double confidence) {}

    void apply(Statement st, ParagraphState ps, Set<Integer> consumed, List<Drafts.Indicator> out) {
        if (st.figures().isEmpty()) {
            return;
        }
        String t = ctx.text();
        int firstStock = firstStockMarker(t, st.start(), st.end());
        List<Marker> markers = st.figures().isEmpty() ? List.of() : markers(t, st);
        String lastName = null;
        int lastNameStart = -1;
        int lastNameEnd = -1;
        int prevFigureEnd = st.start();
        List<Figure> figures = st.figures();
        Respectively list = null;
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            int floor = Math.min(prevFigureEnd, f.start());
            if (list != null && !Respectively.continues(t, prevFigureEnd, f.start())) {
                list = null;
            }
            if (consumed.contains(f.start())) {
                prevFigureEnd = f.end();
                continue;
            }
            if (!acceptable(t, st, f)) {
                continue; // 超亿元185家: a figure that is no indicator may still be part of the next one's name
            }
            prevFigureEnd = f.end();
            int clause = Spans.clauseStart(t, st.start(), f.start());
            int segStart = Math.max(clause, nameFloor(t, Math.max(floor, clause), f.start()));
            // words joining the name to the figure
            int connectorStart = Spans.stripTrailing(t, segStart, f.start(), CONNECTORS);
            String connector = t.substring(connectorStart, f.start());
            int nameStart = stripLeading(t, st, segStart, connectorStart);
            int etc = Spans.lastIndexOf(t, '等', nameStart, connectorStart);
            if (etc >= nameStart && connectorStart - etc > 2) {
                nameStart = etc + 1; // 「百济神州、粤芯半导体等重大项目32个」: the examples are not the name
            }
            String pre = t.substring(nameStart, connectorStart).strip();
            if (pre.startsWith("该")) {
                continue; // 「该项目占地约1200亩」: a figure of one project, not of the zone
            }
            if (LEADING.contains(pre)
                    || BASIS_WORDS.contains(pre)
                    || VERBS_ONLY.contains(pre)
                    || pre.startsWith("较")
                    || pre.startsWith("比")
                    || pre.startsWith("同比")
                    || pre.startsWith("增速")
                    || pre.startsWith("增幅")) {
                pre = ""; // 「较去年末增加约300家」, 「增速比一季度提高4.2个百分点」: about the figure named before
            }
            boolean shareByWord = connector.contains("占") || connector.contains("比重");
            String shareWhole = null;
            int zhan = pre.indexOf('占');
            if (zhan > 0 && pre.indexOf('、', zhan) < 0 && !pre.startsWith("占地", zhan)) {
                // 「高技术产业产值占全区工业的比重」, 「GDP占全省的1/4」: the part before 占 is the measure, the rest its whole
                shareByWord = true;
                pre = pre.substring(0, zhan).strip();
            } else if (pre.endsWith("比重") || pre.endsWith("占比")) {
                shareByWord = true;
            }
            if (pre.startsWith("占")) {
                // 「实际使用外资18.6亿美元，占深圳全市的46%」: the whole follows 占; the part is the figure named before
                shareByWord = true;
                pre = pre.substring(1);
                nameStart++;
                if (lastName != null && !pre.isEmpty()) {
                    shareWhole = pre;
                }
            }
            String basis = null;
            if (t.startsWith("同口径", segStart) || connector.contains("同口径") || t.startsWith("同口径", nameStart)) {
                basis = "同口径";
            }
            basis = basisAfter(t, f.end(), st.end(), basis);
            boolean growth = containsAny(connector, GROWTH) && !connector.endsWith("至") && !connector.endsWith("到");
            boolean fall = growth && containsAny(connector, FALLS);
            boolean mom = connector.contains("环比") || pre.endsWith("环比");
            if (pre.endsWith("增速") || pre.endsWith("增幅") || pre.endsWith("增长率")) {
                growth = true;
                pre = pre.substring(0, pre.length() - (pre.endsWith("增长率") ? 3 : 2));
            }
            Name following = following(t, f, st.end(), figures, k);
            Unit.Kind kind = f.unit().kind();
            Name name;
            Measure measure;
            if (REGION_ONLY.contains(pre)
                    && pre.contains("水平")
                    && t.substring(segStart, nameStart).matches(".*(高于|低于|超|超出|领先).*")) {
                basis = t.substring(segStart, connectorStart).strip(); // 「高于全市平均水平3.5个百分点」
            }
            var named = ctx.regionStartingAt(nameStart);
            if (named != null && named.end() >= connectorStart) {
                pre = ""; // 「昆山市30例」: a place alone names no measure
            }
            boolean preUsable = !pre.isEmpty() && !REGION_ONLY.contains(pre) && !isPronoun(pre) && !isTimeOnly(st, pre);
            if (kind == Unit.Kind.PERCENT || kind == Unit.Kind.POINTS) {
                if (mom) {
                    measure = Measure.MOM_GROWTH;
                } else if (growth) {
                    measure = Measure.YOY_GROWTH;
                } else if (shareByWord) {
                    measure = Measure.SHARE;
                } else if (!preUsable
                        && following != null
                        && kind == Unit.Kind.PERCENT
                        && (REGION_ONLY.contains(pre) || pre.isEmpty())) {
                    measure = Measure.SHARE;
                } else {
                    measure = Measure.LEVEL;
                }
                name = preUsable
                        ? new Name(pre, nameStart, nameStart + pre.length(), 0.85)
                        : measure == Measure.SHARE && following != null && !shareByWord ? following : null;
                if (shareWhole != null && name != null) {
                    // 「实际使用外资18.6亿美元，占全市的46%」: the share is of the figure named before
                    name = new Name(lastName, lastNameStart, lastNameEnd, 0.8);
                }
            } else if (kind == Unit.Kind.TIMES) {
                measure = growth ? Measure.YOY_GROWTH : Measure.LEVEL;
                name = preUsable ? new Name(pre, nameStart, nameStart + pre.length(), 0.8) : null;
            } else if (kind == Unit.Kind.COUNT) {
                if (following != null && (following.text().length() >= 2 || pre.endsWith("等") || pre.isEmpty())) {
                    name = following;
                } else if (preUsable) {
                    name = new Name(pre, nameStart, nameStart + pre.length(), 0.8);
                } else {
                    name = following;
                }
                boolean ratio = name != null && containsAny(name.text(), RATIO_NAMES)
                        || (f.magnitude().isEmpty() && f.value() != Math.rint(f.value()));
                measure = ratio ? Measure.LEVEL : Measure.COUNT;
            } else {
                measure = Measure.LEVEL;
                if (following != null && following.text().length() >= 2 && following.start() == f.end()) {
                    name = following;
                } else {
                    name = preUsable ? new Name(pre, nameStart, nameStart + pre.length(), 0.85) : following;
                }
            }
            if (list != null) {
                // 「…分别增长24.9%和28.3%」: a later figure of the list is measured as the first and named by its item
                measure = list.measure();
                fall = list.fall();
                String item = list.next();
                name = item != null ? new Name(item, name == null ? f.start() : name.start(), f.end(), 0.7) : name;
            } else if (connector.contains("分别")
                    && (measure == Measure.YOY_GROWTH
                            || measure == Measure.MOM_GROWTH
                            || measure == Measure.SHARE
                            || measure == Measure.LEVEL)) {
                list = Respectively.of(t.substring(clause, connectorStart), MEASURE_HEADS, measure, fall);
                String item = list.next();
                if (item != null && name != null) {
                    name = new Name(item, name.start(), name.end(), 0.7);
                }
            }
            if (name == null) {
                if (lastName != null
                        && (measure != Measure.LEVEL || isPronoun(pre) || REGION_ONLY.contains(pre) || pre.isEmpty())) {
                    name = new Name(lastName, lastNameStart, lastNameEnd, 0.65);
                } else if (ps.lastName != null && (isPronoun(pre) || (pre.isEmpty() && measure != Measure.LEVEL))) {
                    name = new Name(ps.lastName, ps.lastNameStart, ps.lastNameEnd, 0.55);
                } else {
                    continue;
                }
            }
            String indicator = cleanName(name.text());
            if (endsBadly(indicator)) {
                if (lastName == null || name.text().equals(lastName)) {
                    continue; // 「国家高新区以0.1%的国土面积」: a clause fragment names no measure
                }
                indicator = lastName;
                name = new Name(lastName, lastNameStart, lastNameEnd, 0.6);
            }
            if (PROJECT_AMOUNTS.contains(indicator)) {
                continue; // 「某某项目，总投资12亿元」: one project's investment belongs to its project event
            }
            if (Spans.loose(indicator).length() < 2 && !indicator.equals("村") && !indicator.equals("区")) {
                if (Spans.loose(indicator).isEmpty()) {
                    continue;
                }
            }
            double value = f.value();
            String unit = f.writtenUnit();
            double base = f.baseValue();
            String baseUnit = f.unit().base();
            if (kind == Unit.Kind.TIMES && measure == Measure.YOY_GROWTH) {
                value = value * 100;
                unit = "%";
                base = value;
                baseUnit = "%";
            }
            if (fall) {
                value = -value;
                base = -base;
            }
            Double upper = Double.isNaN(f.rangeEnd()) || kind == Unit.Kind.TIMES && measure == Measure.YOY_GROWTH
                    ? null
                    : round(fall ? -f.rangeEnd() : f.rangeEnd());
            Status status = status(t, st, f, indicator, markers);
            boolean stock = firstStock < f.start();
            Period period = period(st, ps, f.start(), stock);
            int quoteStart = Math.min(f.start(), name.start() >= st.start() ? name.start() : segStart);
            int quoteEnd = Math.max(f.end(), name.start() >= st.start() ? name.end() : f.end());
            List<String> names = distributed(t, clause, connectorStart, connector, indicator);
            if (names.size() > 1) {
                quoteStart = Math.min(quoteStart, Spans.trim(t, clause, connectorStart)[0]);
            }
            int[] sentence = sentence(t, quoteStart, quoteEnd);
            for (String each : names) {
                out.add(new Drafts.Indicator(
                        quoteStart,
                        quoteEnd,
                        sentence[0],
                        sentence[1],
                        region(t, st.start(), f.start()),
                        each,
                        measure,
                        round(value),
                        upper,
                        unit,
                        new Quantity(round(base), baseUnit),
                        f.qualifier(),
                        status,
                        period,
                        basis,
                        names.size() > 1 ? 0.7 : name.confidence()));
            }
            if (name.start() >= f.end()) {
                prevFigureEnd = Math.max(prevFigureEnd, name.end());
            }
            lastName = indicator;
            lastNameStart = name.start();
            lastNameEnd = name.end();
            ps.lastName = indicator;
            ps.lastNameStart = name.start();
            ps.lastNameEnd = name.end();
        }
    }

    /** Figures that are no indicator: quoted names, thresholds inside a name, distances, idioms in Chinese numerals. */
    private boolean acceptable(String t, Statement st, Figure f) {
        if (st.insideQuotes(f.numberStart())) {
            return false;
        }
        boolean classWord = f.end() < t.length()
                && (t.charAt(f.end()) == '级' || t.startsWith("以上", f.end() - 2) && Spans.isHan(t.charAt(f.end())));
        if (f.bare() && (f.qualifier() == Qualifier.EXACT || classWord)) {
            return false; // 百万平米; 亿元以上项目, 百亿级项目: an order of magnitude naming a class
        }
        if (classWord
                && t.charAt(f.end()) != '级'
                && f.unit().kind() != Unit.Kind.PERCENT
                && !FOLLOW_STOPS.contains(t.substring(f.end(), f.end() + 1))) {
            return false; // 「纳税500万元以上企业12家」: a threshold naming a class of things, not a figure
        }
        if (f.end() < t.length() && t.charAt(f.end()) == '月' && f.writtenUnit().equals("个")) {
            return false; // 「连续6个月保持增长」: a duration
        }
        int clauseFrom = Spans.clauseStart(t, st.start(), f.start());
        int sentenceFrom = Math.max(st.start(), sentenceOf(t, f.start()));
        for (String w : HYPOTHETICAL) {
            if (indexOfIn(t, w, sentenceFrom, f.start()) >= 0) {
                return false; // 「项目投产后年产值可达50亿元，年纳税…」: what one project will yield, not a zone's figure
            }
        }
        int capacity = indexOfIn(t, "年产", Math.max(clauseFrom, f.start() - 16), Math.min(t.length(), f.end() + 2));
        if (capacity >= 0 && (capacity == 0 || !Character.isDigit(t.charAt(capacity - 1)))) {
            return false; // 「年产手术器械2万台」: a plant's capacity belongs to its project
        }
        int after = f.end() < t.length() && t.charAt(f.end()) == ' ' ? f.end() + 1 : f.end();
        if (after < t.length() && Character.isDigit(t.charAt(after))) {
            return false; // 超亿元185家: the amount is a threshold naming the next figure
        }
        if (f.numberStart() > 0 && t.charAt(f.numberStart() - 1) == '前') {
            return false; // 前10名 is a rank
        }
        int clause = Spans.clauseStart(t, st.start(), f.start());
        String before = t.substring(clause, f.start());
        if (f.unit().kind() == Unit.Kind.LENGTH && (before.contains("距") || before.startsWith("离"))) {
            return false;
        }
        // 「4人口」, 「1建制沿革」: a section number glued to its heading
        int lineStart = f.numberStart();
        int lineEnd = lineStart;
        while (lineEnd < t.length() && lineEnd - lineStart <= 12 && t.charAt(lineEnd) != '\n') {
            lineEnd++;
        }
        if ((lineStart == 0 || t.charAt(lineStart - 1) == '\n')
                && lineEnd - lineStart <= 12
                && f.unit().kind() == Unit.Kind.COUNT
                && !f.chinese()) {
            return false;
        }
        // 「核心区60平方公里范围内」, 「公园绿地500米服务半径覆盖率达到96%」: a figure that qualifies another name
        if (t.startsWith("范围", f.end())
                || t.startsWith("以内", f.end())
                || t.startsWith("半径", f.end())
                || t.startsWith("服务半径", f.end())) {
            return false;
        }
        if (f.chinese() && f.unit().kind() == Unit.Kind.COUNT && !f.bare()) {
            if (after < t.length() && (t.charAt(after) == '等' || NumberScanner.isChineseNumeral(t.charAt(after)))) {
                return false; // 工信部五所等, 六位一体: part of a name or an idiom
            }
            if (f.value() < 10 && f.magnitude().isEmpty()) {
                // 两个维护, 一张执照, 三个方面: a small Chinese count is an idiom unless it totals a list before it
                String list = t.substring(Spans.clauseStart(t, st.start(), f.start()), f.start());
                return f.value() >= 2 && list.indexOf('、') >= 0;
            }
        }
        return true;
    }

    /** Start of the name segment: after the last 、 or the previous figure, whichever is later. */
    private static int nameFloor(String t, int floor, int pos) {
        int i = pos;
        while (i > floor && t.charAt(i - 1) != '、') {
            i--;
        }
        return i;
    }

    private int stripLeading(String t, Statement st, int start, int end) {
        int s = start;
        boolean changed = true;
        while (changed && s < end) {
            changed = false;
            while (s < end && (t.charAt(s) == ' ' || Spans.isPunct(t.charAt(s)) && t.charAt(s) != '“')) {
                s++;
                changed = true;
            }
            TimeMention m = st.timeAt(s);
            if (m != null && m.end() <= end) {
                s = m.end();
                changed = true;
                continue;
            }
            Gazetteer.ZoneMention z = gazetteer.at(t, s, end);
            if (z != null && z.end() < end) {
                s = z.end();
                changed = true;
                continue;
            }
            var place = ctx.regionStartingAt(s);
            if (place != null && place.end() < end && !startsName(t, place.end(), end)) {
                s = place.end(); // 「宁德第二产业占比」: the place is the figure's region, not part of its measure
                changed = true;
                continue;
            }
            Trie.Match<Boolean> w = LEADING.longestAt(t, s, end);
            if (w != null && w.end() < end) {
                s = w.end();
                changed = true;
            }
        }
        return s;
    }

    private static boolean endsBadly(String name) {
        for (String w : BAD_ENDINGS) {
            if (name.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words after a place make it part of a proper name (宁德时代, 苏州银行) rather than a scope. */
    private static boolean startsName(String t, int pos, int end) {
        return pos < end && PROPER_NAME_HEADS.longestAt(t, pos, end) != null;
    }

    /** The name after a figure (77家世界500强企业), or null; with the stage words that follow it (54个项目已签约落地). */
    private Name following(String t, Figure f, int limit, List<Figure> figures, int k) {
        int s = f.end();
        if (s < limit && t.charAt(s) == ' ') {
            s++;
        }
        if (s < limit && t.charAt(s) == '的') {
            s++;
        }
        if (PURPOSE_VERBS.longestAt(t, s, limit) != null) {
            return null; // 「投资15亿元建设研发中心」, 「9000万元扩建二期工厂」: what the money is for, not what it measures
        }
        int stop = k + 1 < figures.size() ? Math.min(limit, figures.get(k + 1).start()) : limit;
        int e = s;
        while (e < stop && e - s < 16) {
            char c = t.charAt(e);
            if (Spans.clauseBoundary(c) || c == '、' || c == ' ' || (c == '“' && e > s)) {
                break;
            }
            if (e > s && FOLLOW_STOPS.longestAt(t, e, stop) != null) {
                break;
            }
            e++;
        }
        if (e > s
                && FOLLOW_STOPS.longestAt(t, s, e) != null
                && FOLLOW_STOPS.longestAt(t, s, e).end() == e) {
            return null;
        }
        String text = t.substring(s, e);
        if (Spans.loose(text).isEmpty() || !Spans.isHan(text.charAt(0)) && text.charAt(0) != '“') {
            return null;
        }
        // 54个项目已签约落地 → 签约落地项目: the batch is named by the stage it reached
        int a = e;
        for (String adv : new String[] {"已经", "已", "均已", "均", "全部", "相继", "陆续", "正式", "先后"}) {
            if (t.startsWith(adv, a)) {
                a += adv.length();
                break;
            }
        }
        Trie.Match<Stage> trigger = Lexicon.STAGE_TRIGGERS.longestAt(t, a, limit);
        if (trigger != null) {
            int te = trigger.end();
            Trie.Match<Stage> second = Lexicon.STAGE_TRIGGERS.longestAt(t, te, limit);
            if (second != null) {
                te = second.end();
            }
            return new Name(t.substring(trigger.start(), te) + text, s, te, 0.75);
        }
        return new Name(text, s, e, 0.75);
    }

    private static boolean isPronoun(String s) {
        for (String p : PRONOUNS) {
            if (s.endsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTimeOnly(Statement st, String s) {
        if (s.isEmpty() || s.length() > 12) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c) && "-~年月份季度上下半全今去明前近过来以个多每一二三四五六七八九十两".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Drops light verbs inside a name (规模以上文化及相关产业单位实现收入 → …单位收入) and stray punctuation. */
    private static String cleanName(String name) {
        String n = name.strip();
        for (String verb : new String[] {"实现", "完成"}) {
            int i = n.indexOf(verb);
            if (i > 1 && n.length() - i - verb.length() >= 2) {
                n = n.substring(0, i) + n.substring(i + verb.length());
            }
        }
        int[] trimmed = Spans.trim(n, 0, n.length());
        n = n.substring(trimmed[0], trimmed[1]);
        if (n.length() > 40) {
            n = n.substring(n.length() - 40);
        }
        return n;
    }

    private static String basisAfter(String t, int pos, int limit, String basis) {
        int p = pos < limit && t.charAt(pos) == ' ' ? pos + 1 : pos;
        if (p < limit && (t.charAt(p) == '(' || t.charAt(p) == '（')) {
            int close = p + 1;
            while (close < limit && close - p < 24 && t.charAt(close) != ')' && t.charAt(close) != '）') {
                close++;
            }
            if (close < limit) {
                String inside = t.substring(p + 1, close);
                if (inside.startsWith("剔除")
                        || inside.startsWith("扣除")
                        || inside.startsWith("按可比价")
                        || inside.startsWith("不含")
                        || inside.startsWith("含")) {
                    return inside;
                }
            }
        }
        return basis;
    }

    /**
     * Forecast (预计) or target (将, 力争, 到2022年) when a marker stands before the figure in its sentence, or frames the
     * whole statement (stated before its first figure: 「预计全年地区生产总值增长8%；工业产值增长7%」).
     */
    /** A forecast or target word of a statement (预计, 将, 到2025年), outside quotes. */
    private record Marker(int start, int length, Status status) {}

    private List<Marker> markers(String t, Statement st) {
        List<Marker> out = new ArrayList<>();
        for (int i = st.start(); i < st.end(); i++) {
            if (MARKER_FIRST_CHARS.indexOf(t.charAt(i)) < 0) {
                continue;
            }
            Marker m = markerAt(t, i, st.end());
            if (m != null && !st.insideQuotes(i)) {
                out.add(m);
            }
        }
        return out;
    }

    private Status status(String t, Statement st, Figure f, String name, List<Marker> markers) {
        int sentence = sentenceOf(t, f.start());
        // a marker frames the statement when it stands before its first figure, in that figure's sentence
        int first = st.figures().isEmpty() ? st.start() : st.figures().get(0).start();
        int framingFrom = sentenceOf(t, first);
        int framing = first;
        Status best = Status.ACTUAL;
        for (int k = 0; k < markers.size(); k++) {
            int i = markers.get(k).start();
            if (i >= f.start()) {
                break;
            }
            boolean inScope = i >= sentence || (i >= framingFrom && i < framing);
            Status s = markers.get(k).status();
            if (!inScope || i + markers.get(k).length() > f.start()) {
                continue;
            }
            if (s == Status.FORECAST) {
                return Status.FORECAST;
            }
            best = Status.TARGET;
        }
        if (best == Status.TARGET) {
            return best;
        }
        if (name.contains("目标")) {
            return Status.TARGET;
        }
        int after = Math.min(st.end(), f.end() + 12);
        int goal = indexOfIn(t, "目标", f.end(), after);
        if (goal >= 0
                && t.substring(f.end(), goal).indexOf('，') < 0
                && t.substring(f.end(), goal).indexOf(',') < 0) {
            return Status.TARGET;
        }
        return Status.ACTUAL;
    }

    private Marker markerAt(String t, int i, int limit) {
        for (String w : FORECAST_MARKERS) {
            if (t.startsWith(w, i) && i + w.length() <= limit) {
                return new Marker(i, w.length(), Status.FORECAST);
            }
        }
        for (String w : MARKER_EXCEPTIONS) {
            if (t.startsWith(w, i)) {
                return null; // 将近, 计划总投资: a marker's first chars inside another word
            }
        }
        for (String w : TARGET_MARKERS) {
            if (t.startsWith(w, i) && i + w.length() <= limit) {
                if (yardstick(t, i)) {
                    return null; // 完成年度计划的98%: the plan is what an actual figure is measured against
                }
                return new Marker(i, w.length(), Status.TARGET);
            }
        }
        // 到2022年: a future year is a goal
        if (t.charAt(i) == '到'
                && i + 5 < limit
                && Character.isDigit(t.charAt(i + 1))
                && skipDigits(t, i + 1) == i + 5
                && t.charAt(i + 5) == '年') {
            int year = Integer.parseInt(t.substring(i + 1, i + 5));
            if (ctx.docYear() == 0 || year > ctx.docYear()) {
                return new Marker(i, 6, Status.TARGET);
            }
        }
        return null;
    }

    /** Whether a ceremony (集中开工, 签约仪式) is named in the statement before {@code pos}. */
    private boolean ceremonyBefore(Statement st, int pos) {
        for (String w : CEREMONIES) {
            if (indexOfIn(ctx.text(), w, st.start(), pos) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word before {@code i} in its clause makes the marker there a yardstick of an actual figure (完成…计划). */
    private static boolean yardstick(String t, int i) {
        int from = Spans.clauseStart(t, Math.max(0, i - 10), i);
        for (String w : MARKER_OBJECTS) {
            if (indexOfIn(t, w, from, i) >= 0) {
                return true; // 高于市下达的目标, 实现倍增目标
            }
        }
        return false;
    }

    private static int skipDigits(String t, int i) {
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private Period period(Statement st, ParagraphState ps, int pos, boolean stock) {
        TimeMention day = st.openingDay();
        if (day != null && ceremonyBefore(st, pos)) {
            // GUIDELINES: counts and totals of a ceremony held on a stated day cover that day
            int year = st.explicitYearBefore(day.end());
            year = year > 0 ? year : contextYear(st, day.start(), ps);
            Period p = times.period(day, year, year, false);
            if (p != null) {
                return p;
            }
        }
        TimeMention m = governingTime(st, pos);
        if (m != null
                && stock
                && (m.label().contains("全年")
                        || m.kind() == TimeMention.Kind.MONTH_RANGE
                        || m.kind() == TimeMention.Kind.FIRST_MONTHS)) {
            stock = false; // 「全年…累计达41场次」: accumulated over the stated period, a flow
        }
        if (m == null && ps.previous != null && ctx.text().startsWith("其中", st.start())) {
            m = ps.previous; // 「其中，…」 details the figures of the statement before
        }
        int contextYear = contextYear(st, m == null ? pos : m.start(), ps);
        if (m != null) {
            if (m.kind() == TimeMention.Kind.EVERY_YEAR
                    || m.kind() == TimeMention.Kind.MONTHS_AGO
                    || m.kind() == TimeMention.Kind.DAYS_AGO) {
                return null;
            }
            return times.period(m, contextYear, contextYear, stock || m.asOf());
        }
        if (ps.opening != null) {
            return times.period(ps.opening, contextYear, contextYear, stock);
        }
        if (ps.sectionYear > 0) {
            return times.yearPeriod(ps.sectionYear, ps.sectionYear + "年", stock);
        }
        if (ctx.titleTime() != null) {
            // 「苏州一季度GDP同比增4.4%」: a figure that states no time of its own is about the title's period
            int year = ctx.titleTime().hasExplicitYear() ? ctx.titleTime().year() : ctx.docYear();
            return times.period(ctx.titleTime(), year, year, stock);
        }
        if (ctx.reportYear() > 0) {
            return times.yearPeriod(ctx.reportYear(), ctx.reportYear() + "年", stock);
        }
        return null;
    }

    /** The time mention a figure at {@code pos} is about; 「同比去年」, 「比上年」 name a comparison, not the period. */
    private TimeMention governingTime(Statement st, int pos) {
        String t = ctx.text();
        TimeMention last = null;
        for (TimeMention m : st.times()) {
            if (m.end() > pos) {
                break;
            }
            int b = m.start();
            boolean comparison = b > 0 && (t.charAt(b - 1) == '比' || t.charAt(b - 1) == '较' || t.charAt(b - 1) == '于');
            boolean future = m.hasExplicitYear()
                    && ctx.docYear() > 0
                    && m.year() > ctx.docYear()
                    && sentenceOf(t, m.start()) != sentenceOf(t, pos);
            if (!comparison && !future) {
                last = m;
            }
        }
        return last;
    }

    private static int sentenceOf(String t, int pos) {
        int s = pos;
        while (s > 0 && pos - s < 2000 && !Spans.endsSentence(t.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** The year a mention without one of its own (全年, 1-8月) is about. */
    private int contextYear(Statement st, int pos, ParagraphState ps) {
        int year = 0;
        for (TimeMention m : st.times()) {
            if (m.end() <= pos && m.hasExplicitYear() && (ctx.docYear() == 0 || m.year() <= ctx.docYear())) {
                year = m.year();
            }
        }
        if (year > 0) {
            return year;
        }
        if (ps.year > 0 && (ctx.docYear() == 0 || ps.year <= ctx.docYear())) {
            return ps.year;
        }
        if (ps.opening != null && ps.opening.hasExplicitYear()) {
            return ps.opening.year();
        }
        return ctx.docYear();
    }

    /**
     * Where the statement first says 累计, 截至 or 年末 (figures after it are stocks at the period's end), or
     * {@code to}. 「累计浓度」 is a name, not a marker.
     */
    private static int firstStockMarker(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (STOCK_FIRST_CHARS.indexOf(c) < 0) {
                continue;
            }
            for (String w : STOCK_MARKERS) {
                if (w.charAt(0) != c || !t.startsWith(w, i) || i + w.length() > to) {
                    continue;
                }
                if (!w.equals("累计")) {
                    return i;
                }
                int a = i + 2;
                if (a < t.length() && t.charAt(a) == ' ') {
                    a++;
                }
                if (a < t.length() && (Character.isDigit(t.charAt(a)) || "达完实建部引开形超有共近约逾".indexOf(t.charAt(a)) >= 0)) {
                    return i;
                }
            }
        }
        return to;
    }

    private String region(String t, int from, int pos) {
        return ctx.regionAt(from, pos);
    }

    /** The sentence (up to ；。！？) around a span, at most a few hundred chars either side. */
    static int[] sentence(String t, int start, int end) {
        int s = start;
        while (s > 0 && start - s < 600 && !Spans.endsSentence(t.charAt(s - 1))) {
            s--;
        }
        int e = end;
        while (e < t.length() && e - end < 600 && !Spans.endsSentence(t.charAt(e))) {
            e++;
        }
        if (e < t.length() && t.charAt(e) != '\n') {
            e++;
        }
        return new int[] {s, Math.max(e, end)};
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAnyIn(String t, int from, int to, String[] words) {
        for (String w : words) {
            if (indexOfIn(t, w, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** First index of {@code w} inside {@code [from, to)}; never looks past {@code to}. */
    static int indexOfIn(String t, String w, int from, int to) {
        char first = w.charAt(0);
        int last = to - w.length();
        for (int i = Math.max(0, from); i <= last; i++) {
            if (t.charAt(i) == first && t.startsWith(w, i)) {
                return i;
            }
        }
        return -1;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /** Removes restatements: one event per (measure, value) of names that agree, the first one kept. */
    static List<Drafts.Indicator> dedupe(List<Drafts.Indicator> in) {
        List<Drafts.Indicator> out = new ArrayList<>();
        // events can only repeat one another with the same measure and value: compare within those buckets
        java.util.Map<String, List<Integer>> buckets = new java.util.HashMap<>();
        List<String> keptNames = new ArrayList<>();
        for (Drafts.Indicator d : in) {
            String bucket = d.measure() + "|" + d.normalized().unit() + "|"
                    + Math.round(d.normalized().value() * 1000);
            List<Integer> same = buckets.computeIfAbsent(bucket, k -> new ArrayList<>());
            String name = Spans.loose(d.name().replace("规上", "规模以上"));
            boolean duplicate = false;
            for (int i : same) {
                if (agree(keptNames.get(i), name) || d.confidence() < 0.7 && distinctive(d.value())) {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) {
                same.add(out.size());
                out.add(d);
                keptNames.add(name);
            }
        }
        return out;
    }

    private static boolean agree(String x, String y) {
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    /**
     * 「规上企业、规上工地、商务楼宇复工率、到岗率均达到100%」: subjects and measures listed with one figure said of all
     * (均, 都) give one name per subject and measure; otherwise the one name.
     */
    private static List<String> distributed(String t, int from, int to, String connector, String single) {
        if (!(connector.contains("均") || connector.contains("都") || connector.contains("全部"))) {
            return List.of(single);
        }
        String segment = t.substring(from, to);
        for (String lead : new String[] {"其中", "全区", "区内"}) {
            if (segment.startsWith(lead)) {
                segment = segment.substring(lead.length());
            }
        }
        String[] items = segment.split("、");
        if (items.length < 3) {
            return List.of(single);
        }
        String measure = items[items.length - 1].strip();
        if (measure.length() < 2 || measure.length() > 4) {
            return List.of(single);
        }
        char head = measure.charAt(measure.length() - 1);
        List<String> measures = new ArrayList<>();
        int i = items.length - 1;
        while (i >= 0
                && items[i].strip().length() == measure.length()
                && items[i].strip().charAt(measure.length() - 1) == head) {
            measures.add(0, items[i].strip());
            i--;
        }
        if (i < 1) {
            return List.of(single);
        }
        String mixed = items[i].strip();
        if (mixed.length() <= measure.length() || mixed.charAt(mixed.length() - 1) != head) {
            return List.of(single);
        }
        measures.add(0, mixed.substring(mixed.length() - measure.length()));
        List<String> subjects = new ArrayList<>();
        for (int k = 0; k < i; k++) {
            subjects.add(items[k].strip());
        }
        subjects.add(mixed.substring(0, mixed.length() - measure.length()));
        List<String> names = new ArrayList<>();
        for (String subject : subjects) {
            for (String m : measures) {
                if (!subject.isEmpty()) {
                    names.add(subject + m);
                }
            }
        }
        return names.isEmpty() ? List.of(single) : names;
    }

    /** A value unlikely to recur by chance: with a fraction, or with three significant digits. */
    private static boolean distinctive(double v) {
        double a = Math.abs(v);
        return a != Math.rint(a) || (a >= 100 && a % 10 != 0);
    }

    static boolean namesAgree(String a, String b) {
        String x = Spans.loose(a.replace("规上", "规模以上"));
        String y = Spans.loose(b.replace("规上", "规模以上"));
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }
}
