package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import zonepulse.events.DatePrecision;
import zonepulse.events.EventDate;
import zonepulse.events.Investment;
import zonepulse.events.Quantity;
import zonepulse.events.Stage;
import zonepulse.extraction.internal.number.Figure;
import zonepulse.extraction.internal.number.Unit;
import zonepulse.extraction.internal.region.Gazetteer;
import zonepulse.extraction.internal.text.Trie;
import zonepulse.extraction.internal.time.TimeMention;

/**
 * Finds projects reaching a stage: a trigger word (开工, 落地 …), the project it is said of (before it, after it, or
 * after 「…的」), lists split into one event per named item, the later stage where two are stated as one step
 * (签约落地 → landed), planned stages marked expected, and the investment and date that go with the project.
 *
 * <p>Patterns beyond the trigger's own clause are rule objects, each one idea with its own tests: {@link
 * ListItemsRule} (包括A、B和C; A、B等N家企业…签约; A、B都是…入园; lists after a ceremony), {@link FrameRule} (开工项目中，A…；B…;
 * 其中，A项目，总投资X；…), {@link InvestmentBeforeNameRule} (投资X亿元的Y), {@link NameFilter} (persons, places, generic
 * phrases are no names) and {@link ProjectKey}. Word lists are data files under {@code zonepulse/extraction/lexicon/}.
 */
final class ProjectRules {
    private static final java.util.regex.Pattern PHASE_ONLY =
            java.util.regex.Pattern.compile("[一二三四五六七八九十\\d]{1,2}期(?:工程|项目)?");

    private final DocContext ctx;
    private final TimeResolver times;
    private final Gazetteer gazetteer;

    ProjectRules(DocContext ctx, TimeResolver times, Gazetteer gazetteer) {
        this.ctx = ctx;
        this.times = times;
        this.gazetteer = gazetteer;
    }

    /** A candidate project name. */
    private record Item(int start, int end, boolean listed) {}

    void apply(Statement st, ParagraphState ps, java.util.Set<Integer> consumed, List<Drafts.Project> out) {
        String t = ctx.text();
        List<Trigger> triggers = triggers(t, st);
        List<Drafts.Project> found = new ArrayList<>();
        Drafts.Project lastSingle = null;
        int previousEnd = st.start();
        for (Trigger tr : triggers) {
            int clauseStart = clauseStart(t, st.start(), tr.start());
            int segStart = Math.max(clauseStart, previousEnd);
            previousEnd = tr.end();
            boolean expected = planned(t, segStart, tr.start());
            List<Item> items = new ArrayList<>();
            boolean relative = false;
            boolean object = false;
            if (tr.nameStart() >= 0) {
                items.addAll(valid(t, List.of(new Item(tr.nameStart(), tr.nameEnd(), false)), true, tr.stage()));
                object = true;
            } else if (tr.end() < st.end() && t.charAt(tr.end()) == '的') {
                Item rel = nounPhraseAfter(t, tr.end() + 1, st.end(), triggers);
                if (rel != null) {
                    items.add(rel);
                    relative = true;
                }
            }
            if (items.isEmpty()) {
                items.addAll(valid(t, subject(t, st, segStart, tr), false, tr.stage()));
            }
            if (items.isEmpty()) {
                items.addAll(valid(t, objects(t, st, tr, triggers), true, tr.stage()));
                object = !items.isEmpty();
            }
            Drafts.Project antecedent = null;
            if (items.isEmpty() && lastSingle != null && (expected || st.lastTimeIn(segStart, tr.start()) != null)) {
                antecedent = lastSingle;
            }
            if (items.isEmpty() && antecedent == null && (expected || st.lastTimeIn(segStart, tr.start()) != null)) {
                Item obj = objectOfBuildVerb(t, st.start(), tr.start());
                if (obj == null) {
                    obj = subjectOfEarlierClause(t, st.start(), segStart);
                }
                if (obj != null) {
                    items.add(obj);
                }
            }
            EventDate date = date(st, ps, segStart, tr);
            if (date != null && times.published() != null && !expected && isAfter(date, times.published())) {
                if (statesYear(date)) {
                    expected = true;
                } else {
                    date = yearBefore(date);
                }
            }
            int[] sentence = IndicatorRules.sentence(t, tr.start(), tr.end());
            if (antecedent != null) {
                Drafts.Project d = new Drafts.Project(
                        segStart < tr.start() ? Math.max(segStart, tr.start() - 12) : tr.start(),
                        tr.end(),
                        sentence[0],
                        sentence[1],
                        antecedent.region(),
                        antecedent.name(),
                        antecedent.projectKey(),
                        tr.stage(),
                        expected,
                        date,
                        antecedent.investment(),
                        antecedent.companies(),
                        0.6);
                found.add(d);
                continue;
            }
            boolean single = items.size() == 1 && !items.get(0).listed();
            for (Item item : items) {
                String raw = ctx.clean().substring(item.start(), item.end());
                String name = raw.strip();
                if (!NameFilter.standard().accepts(name)) {
                    continue;
                }
                if (PHASE_ONLY.matcher(name).matches() && lastSingle != null) {
                    name = lastSingle.name() + name; // 「…生产线项目在天津开工，一期预计2024年建成投产」
                }
                int qs = Math.min(item.start(), tr.start());
                int qe = Math.max(item.end(), tr.end());
                int[] sent = IndicatorRules.sentence(t, qs, qe);
                int after = item.end() < tr.start() ? item.end() : Math.max(item.end(), tr.end());
                Investment investment = single ? investment(t, st, item.start(), after, consumed) : null;
                Drafts.Project d = new Drafts.Project(
                        qs,
                        qe,
                        sent[0],
                        sent[1],
                        region(t, st.start(), qs),
                        name,
                        projectKey(name),
                        tr.stage(),
                        expected,
                        date,
                        investment,
                        companies(name),
                        relative || item.listed() ? 0.85 : 0.75);
                found.add(d);
                if (single) {
                    lastSingle = d;
                }
            }
        }
        for (ProjectMatch m : patternMatches(t, st)) {
            Drafts.Project d = fromMatch(t, st, ps, m, consumed, found);
            if (d != null) {
                found.add(d);
            }
        }
        out.addAll(found);
        for (TimeMention m : st.times()) {
            boolean dated = m.kind() == TimeMention.Kind.DAY || m.kind() == TimeMention.Kind.MONTH;
            if (dated && !(m.hasExplicitYear() && ctx.docYear() > 0 && m.year() > ctx.docYear())) {
                lastEventTime = m;
                lastEventYear = m.hasExplicitYear()
                        ? m.year()
                        : st.explicitYearBefore(m.start()) > 0 ? st.explicitYearBefore(m.start()) : ps.year;
            }
        }
    }

    /** The last day, month or year stated so far in the document: the date of the ceremony a list reports. */
    private TimeMention lastEventTime;

    private int lastEventYear;

    private static final ListItemsRule LIST_ITEMS = new ListItemsRule(
            Lexicon.STAGE_TRIGGERS,
            Lexicon.LIST_OPENERS,
            Lexicon.TRIGGER_NOUN_PREFIXES,
            Lexicon.TRIGGER_CONDITIONAL_SUFFIXES,
            name -> valid(name, true, Stage.SIGNED));
    private static final FrameRule FRAMES =
            new FrameRule(Lexicon.STAGE_TRIGGERS, Lexicon.PROJECT_FRAMES, name -> valid(name, false, Stage.SIGNED));

    /** What the pattern rules (lists, frames) find in the statement. */
    /** How far before a statement a list's frame may stand (「…集中开工项目55个。包括A、B…」). */
    private static final int LIST_LOOKBACK = 400;

    private static List<ProjectMatch> patternMatches(String t, Statement st) {
        int floor = st.start();
        // the clause a list refers back to stands just before it: looking further back made long paragraphs quadratic
        while (floor > 0 && t.charAt(floor - 1) != '\n' && st.start() - floor < LIST_LOOKBACK) {
            floor--;
        }
        List<ProjectMatch> all = new ArrayList<>(LIST_ITEMS.find(t, floor, st.start(), st.end()));
        all.addAll(FRAMES.find(t, st.start(), st.end()));
        all.addAll(FRAMES.findAfterCount(t, floor, st.start(), st.end()));
        return all;
    }

    /** The amount invested a figure starting at {@code pos} states; the figure is then the project's, no indicator. */
    private static Investment amountAt(Statement st, int pos, Set<Integer> consumed) {
        for (Figure f : st.figures()) {
            if (f.start() >= pos - 1 && f.start() <= pos + 1 && f.unit().kind() == Unit.Kind.MONEY) {
                consumed.add(f.start());
                return investmentOf(f);
            }
        }
        return null;
    }

    private static Drafts.Project withInvestment(Drafts.Project p, Investment investment) {
        return new Drafts.Project(
                p.quoteStart(),
                p.quoteEnd(),
                p.sentenceStart(),
                p.sentenceEnd(),
                p.region(),
                p.name(),
                p.projectKey(),
                p.stage(),
                p.expected(),
                p.date(),
                investment,
                p.companies(),
                p.confidence());
    }

    /** The draft for a pattern rule's match; null when the procedure above found the same project at that stage. */
    private Drafts.Project fromMatch(
            String t,
            Statement st,
            ParagraphState ps,
            ProjectMatch m,
            Set<Integer> consumed,
            List<Drafts.Project> found) {
        String name = ctx.clean().substring(m.nameStart(), m.nameEnd()).strip();
        String key = projectKey(name);
        Investment investment = m.amountStart() >= 0 ? amountAt(st, m.amountStart(), consumed) : null;
        for (int i = 0; i < found.size(); i++) {
            Drafts.Project f = found.get(i);
            if (f.stage() == m.stage()) {
                String other = projectKey(f.name());
                if (other.contains(key) || key.contains(other)) {
                    if (investment != null && f.investment() == null && other.equals(key)) {
                        found.set(i, withInvestment(f, investment));
                    }
                    return null;
                }
            }
        }
        Trigger tr = new Trigger(m.triggerStart(), m.triggerEnd(), m.stage(), -1, -1);
        int segStart = m.triggerStart() >= st.start() ? clauseStart(t, st.start(), m.triggerStart()) : st.start();
        boolean expected = m.triggerStart() >= st.start() && planned(t, segStart, m.triggerStart());
        EventDate date = date(st, ps, segStart, tr);
        if (lastEventTime != null && (date == null || date.precision() == zonepulse.events.DatePrecision.YEAR)) {
            // the list reports a ceremony dated earlier in the article
            EventDate ceremony = times.date(lastEventTime, lastEventYear, lastEventYear);
            if (ceremony != null && (date == null || ceremony.value().startsWith(date.value()))) {
                date = ceremony;
            }
        }
        if (date != null && times.published() != null && !expected && isAfter(date, times.published())) {
            if (statesYear(date)) {
                expected = true;
            } else {
                date = yearBefore(date);
            }
        }
        int qs = Math.min(m.nameStart(), Math.max(st.start(), m.triggerStart()));
        int qe = Math.max(m.nameEnd(), Math.min(st.end(), m.triggerEnd()));
        int[] sent = IndicatorRules.sentence(t, qs, qe);
        return new Drafts.Project(
                qs,
                qe,
                sent[0],
                sent[1],
                region(t, st.start(), qs),
                name,
                key,
                m.stage(),
                expected,
                date,
                investment,
                companies(name),
                0.8);
    }

    /**
     * Whether a date's words state its year (2025年建成): a stage reached after the article is then planned. Without a
     * year (「3月开工」 in a review published in January) the stage was reached in the year before.
     */
    private static boolean statesYear(EventDate date) {
        return date.label() == null || date.label().contains("年") || date.precision() == DatePrecision.YEAR;
    }

    private static EventDate yearBefore(EventDate date) {
        String earlier = date.precision() == DatePrecision.DAY
                ? java.time.LocalDate.parse(date.value()).minusYears(1).toString()
                : java.time.YearMonth.parse(date.value()).minusYears(1).toString();
        return new EventDate(earlier, date.precision(), date.label());
    }

    private static boolean isAfter(EventDate date, java.time.LocalDate published) {
        String v = date.value();
        String p = published.toString().substring(0, v.length());
        return v.compareTo(p) > 0;
    }

    /** Trigger words of the statement, two stated as one step merged into the later stage (建成投产, 签约落地). */
    private static List<Trigger> triggers(String t, Statement st) {
        List<Trigger> steps = StepMergeRule.STANDARD.merge(t, StageWordRule.STANDARD.find(t, st));
        return ConditionalTriggerRule.STANDARD.withoutConditions(t, st, steps);
    }

    /** Whether a trigger word (or 完成…建设) appears in {@code [from, to)}: a cheap test before the rules run. */
    static boolean hasTrigger(String t, int from, int to) {
        return StageWordRule.STANDARD.mayStandIn(t, from, to);
    }

    private static int clauseStart(String t, int floor, int pos) {
        int i = pos;
        while (i > floor && !Spans.projectBoundary(t.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean planned(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            Trie.Match<Boolean> m = Lexicon.PLAN_MARKERS.longestAt(t, i, to);
            if (m != null) {
                if (m.word().equals("将")
                        && m.end() < t.length()
                        && (t.charAt(m.end()) == '近' || t.charAt(m.end()) == '军')) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /** Names before the trigger: 「A、B等7个项目已开工」 gives A and B; 「阿斯利康中国北部总部建成」 gives one. */
    private List<Item> subject(String t, Statement st, int segStart, Trigger tr) {
        List<Item> items = new ArrayList<>();
        int end = tr.start();
        int start = segStart;
        end = stripTail(t, st, start, end);
        // 「…在开发区开园」, 「…于1992年4月开工建设」: a place or time phrase between name and trigger
        for (char marker : new char[] {'在', '于'}) {
            int p = Spans.lastIndexOf(t, marker, start, end);
            if (p > start + 1 && end - p <= 10) {
                end = stripTail(t, st, start, p);
            }
        }
        start = stripHead(t, st, start, end);
        if (end - start < 2) {
            return items;
        }
        if (tr.stage() == Stage.SIGNED) {
            int with = Spans.lastIndexOf(t, '与', start, end);
            if (with >= start && with < end - 1) {
                start = with + 1;
            }
        }
        // 「…开工的天空之境项目将建成」: a name introduced by a relative clause
        int de = Spans.lastIndexOf(t, '的', start, end);
        if (de >= start && end - de - 1 >= 2) {
            start = de + 1;
        }
        // list tails: 「等7个项目」, 「等一批项目」, 「等细胞基因治疗企业」, 「两个项目」
        boolean listed = false;
        int etc = Spans.lastIndexOf(t, '等', start, end);
        if (etc > start && end - etc <= 14) {
            end = etc;
            listed = true;
        } else {
            int tail = countTail(t, start, end);
            if (tail > start && tail < end && t.substring(start, tail).indexOf('、') >= 0) {
                end = tail;
                listed = true;
            }
        }
        int s = start;
        for (int i = start; i <= end; i++) {
            if (i == end || t.charAt(i) == '、') {
                int[] trimmed = Spans.trim(t, s, i);
                int hs = stripHead(t, st, trimmed[0], trimmed[1]);
                if (trimmed[1] - hs >= 2) {
                    items.add(new Item(hs, trimmed[1], listed));
                }
                s = i + 1;
            }
        }
        return items;
    }

    /** Offset where a trailing count (两个项目, 三个国家级研发平台) starts, or {@code end} when there is none. */
    private static int countTail(String t, int start, int end) {
        for (int i = Math.max(start, end - 14); i < end; i++) {
            char c = t.charAt(i);
            if ((Character.isDigit(c) || "一二两三四五六七八九十".indexOf(c) >= 0) && i > start) {
                char prev = t.charAt(i - 1);
                if (Character.isDigit(prev) || "一二两三四五六七八九十".indexOf(prev) >= 0) {
                    continue;
                }
                int j = i;
                while (j < end && (Character.isDigit(t.charAt(j)) || "一二两三四五六七八九十多余".indexOf(t.charAt(j)) >= 0)) {
                    j++;
                }
                if (j < end && "个家项所座批".indexOf(t.charAt(j)) >= 0) {
                    return i;
                }
            }
        }
        return end;
    }

    private int stripTail(String t, Statement st, int start, int end) {
        int e = end;
        boolean changed = true;
        while (changed && e > start) {
            changed = false;
            int s2 = Spans.stripTrailing(t, start, e, Lexicon.TRAILING_ADVERBS);
            if (s2 != e) {
                e = s2;
                changed = true;
            }
            for (TimeMention m : st.times()) {
                if (m.end() == e && m.start() >= start) {
                    e = m.start();
                    changed = true;
                }
            }
        }
        return e;
    }

    private int stripHead(String t, Statement st, int start, int end) {
        int s = start;
        boolean changed = true;
        while (changed && s < end) {
            changed = false;
            while (s < end
                    && (t.charAt(s) == ' '
                            || t.charAt(s) == '、'
                            || (Spans.isPunct(t.charAt(s)) && t.charAt(s) != '“' && t.charAt(s) != '《'))) {
                s++;
                changed = true;
            }
            TimeMention m = st.timeAt(s);
            if (m != null && m.end() < end) {
                s = m.end();
                changed = true;
                continue;
            }
            int v = Spans.stripLeading(t, s, end, Lexicon.LEADING_VERBS);
            if (v != s) {
                s = v;
                changed = true;
            }
        }
        return s;
    }

    /** Names after the trigger: 「建成奔驰海外的首个发动机工厂、研发中心」, 「引进北京八中、北京小学落户」. */
    private List<Item> objects(String t, Statement st, Trigger tr, List<Trigger> triggers) {
        List<Item> items = new ArrayList<>();
        int s = tr.end();
        if (!Lexicon.OBJECT_TRIGGERS.contains(t.substring(tr.start(), tr.end()))) {
            return items;
        }
        if (s < st.end() && t.charAt(s) == '了') {
            s++;
        }
        int limit = st.end();
        for (Trigger other : triggers) {
            if (other.start() >= s && other.start() < limit) {
                limit = other.start();
            }
        }
        int e = s;
        while (e < limit && !Spans.projectBoundary(t.charAt(e))) {
            e++;
        }
        e = Spans.stripTrailing(t, s, e, Lexicon.TRAILING_ADVERBS);
        if (t.startsWith("建设", Math.max(s, e - 2)) && e - 2 > s) {
            e -= 2;
        }
        int tail = countTail(t, s, e);
        boolean listed = false;
        if (tail < e && tail > s) {
            if (t.substring(s, tail).indexOf('、') < 0) {
                return items; // 建成大型公园绿地项目6个: a counted class, not a named project
            }
            e = tail;
            listed = true;
        }
        int etc = Spans.lastIndexOf(t, '等', s, e);
        if (etc > s && e - etc <= 14) {
            e = etc;
            listed = true;
        }
        if (e - s < 2 || e - s > 60) {
            return items;
        }
        int from = s;
        for (int i = s; i <= e; i++) {
            boolean sep = i == e || t.charAt(i) == '、' || (t.charAt(i) == '和' && i - from >= 3 && e - i > 3);
            if (sep) {
                int[] trimmed = Spans.trim(t, from, i);
                if (trimmed[1] - trimmed[0] >= 2) {
                    items.add(new Item(trimmed[0], trimmed[1], listed));
                }
                from = i + 1;
            }
        }
        return items;
    }

    /** 「位于亦庄的厂区将增建高能射线测试间，明年投产」: the thing a build verb earlier in the statement named. */
    private static Item objectOfBuildVerb(String t, int from, int to) {
        Item best = null;
        for (String verb : Lexicon.BUILD_VERBS) {
            int i = IndicatorRules.indexOfIn(t, verb, from, to);
            while (i >= 0) {
                int s = i + verb.length();
                int e = s;
                while (e < to && !Spans.clauseBoundary(t.charAt(e)) && t.charAt(e) != '、' && e - s < 20) {
                    e++;
                }
                if (e - s >= 2
                        && Spans.endsWithAny(t.substring(s, e), Lexicon.FACILITY_HEADS)
                        && (best == null || s > best.start())) {
                    best = new Item(s, e, false);
                }
                i = IndicatorRules.indexOfIn(t, verb, i + 1, to);
            }
        }
        return best;
    }

    /**
     * 「晶合集成三期项目总投资约95亿元，计划2025年投产」: the project an earlier clause of the statement opened with,
     * when what follows its name says what it is (总投资, 占地, 位于).
     */
    private static Item subjectOfEarlierClause(String t, int from, int to) {
        Item best = null;
        int clause = from;
        for (int i = from; i <= to; i++) {
            if (i == to || Spans.clauseBoundary(t.charAt(i))) {
                for (String attribute : new String[] {"计划总投资", "总投资", "投资", "占地", "建筑面积", "位于"}) {
                    int a = IndicatorRules.indexOfIn(t, attribute, clause, i);
                    if (a > clause + 1 && Spans.endsWithAny(t.substring(clause, a), Lexicon.FACILITY_HEADS)) {
                        int[] trimmed = Spans.trim(t, clause, a);
                        best = new Item(trimmed[0], trimmed[1], false);
                        break;
                    }
                }
                clause = i + 1;
            }
        }
        return best;
    }

    /** The noun phrase after 「开工的」: up to a pause or a verb that starts the predicate. */
    private static Item nounPhraseAfter(String t, int s, int limit, List<Trigger> triggers) {
        int e = s;
        while (e < limit && !Spans.projectBoundary(t.charAt(e)) && e - s < 40) {
            if (e > s + 1
                    && (t.startsWith("将", e)
                            || t.startsWith("投资", e)
                            || t.startsWith("已", e)
                            || t.startsWith("正在", e)
                            || t.startsWith("位于", e)
                            || t.startsWith("总投资", e)
                            || t.startsWith("占地", e)
                            || t.startsWith("计划", e)
                            || t.startsWith("预计", e)
                            || t.startsWith("是", e))) {
                break;
            }
            boolean atTrigger = false;
            for (Trigger tr : triggers) {
                if (tr.start() == e) {
                    atTrigger = true;
                    break;
                }
            }
            if (atTrigger) {
                break;
            }
            e++;
        }
        int[] trimmed = Spans.trim(t, s, e);
        return trimmed[1] - trimmed[0] >= 2 ? new Item(trimmed[0], trimmed[1], false) : null;
    }

    /**
     * The candidates that name projects; none when one of them is a counted class (建成科技服务器5家、产业研究院9家),
     * since then the list enumerates counts, not projects.
     */
    private static List<Item> valid(String t, List<Item> items, boolean object, Stage stage) {
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            String name = t.substring(item.start(), item.end());
            if (quantified(name)) {
                return List.of();
            }
            Gazetteer.ZoneMention zone = Gazetteer.standard().at(name, 0, name.length());
            if (zone != null && zone.end() == name.length() && !Lexicon.ZONE_STAGES.contains(stage)) {
                continue; // 「南京江北新区签约…」: the zone is the party, not the project
            }
            if (valid(name, item.listed() || items.size() > 1 && !object, stage)) {
                out.add(item);
            }
        }
        return out;
    }

    private static boolean quantified(String name) {
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

    /** Whether a phrase names a project: not generic, not abstract, not a counted class, with a facility head. */
    static boolean valid(String name, boolean listed, Stage stage) {
        String loose = Spans.loose(name);
        if (loose.length() < 2 || name.length() > 40 || !NameFilter.standard().accepts(name)) {
            return false;
        }
        String core = loose;
        for (String q : Lexicon.NAME_QUANTIFIERS) {
            if (core.startsWith(q)) {
                core = core.substring(q.length());
            }
        }
        if (core.isEmpty() || Lexicon.GENERIC_NAMES.contains(core) || Lexicon.GENERIC_NAMES.contains(loose)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Lexicon.ABSTRACT_WORDS.longestAt(name, i, name.length()) != null) {
                return false;
            }
        }
        if (quantified(name)
                || Lexicon.LEADING_VERBS.contains(name)
                || Spans.endsWithAny(name, Lexicon.TRAILING_ADVERBS)
                        && Lexicon.TRAILING_ADVERBS.contains(
                                new StringBuilder(name).reverse().toString())) {
            return false;
        }
        if (name.endsWith("的")
                || name.endsWith("化")
                || name.endsWith("等")
                || name.contains("等一批")
                || name.contains("举行")
                || name.contains("召开")
                || name.contains("举办")
                || name.contains("开展")) {
            return false;
        }
        if (listed) {
            return true;
        }
        int bareEnd = name.length();
        while (bareEnd > 0 && "”」》)）".indexOf(name.charAt(bareEnd - 1)) >= 0) {
            bareEnd--;
        }
        String bare = name.substring(0, bareEnd);
        if (Spans.endsWithAny(bare, Lexicon.FACILITY_HEADS)) {
            return true;
        }
        return (stage == Stage.LANDED || stage == Stage.SIGNED) && loose.length() <= 8 && name.indexOf('的') < 0;
    }

    /** The amount invested in the project just named: 「投资近16.2亿元」 in the same or the next clause. */
    private Investment investment(String t, Statement st, int nameStart, int from, java.util.Set<Integer> consumed) {
        // 「总投资50亿元的信达生物…项目」: the amount introduces the name
        for (Figure f : st.figures()) {
            if (f.end() <= nameStart
                    && f.unit().kind() == Unit.Kind.MONEY
                    && t.startsWith("的", f.end())
                    && f.end() + 1 >= nameStart - 1
                    && investmentWordBefore(t, st, f)) {
                consumed.add(f.start());
                return investmentOf(f);
            }
        }
        int sentenceEnd = from;
        while (sentenceEnd < st.end() && !Spans.endsSentence(t.charAt(sentenceEnd))) {
            sentenceEnd++;
        }
        int limit = Math.min(sentenceEnd, Spans.clauseEnd(t, Spans.clauseEnd(t, from, st.end()) + 1, st.end()));
        for (Figure f : st.figures()) {
            if (f.start() < from || f.start() >= limit || f.unit().kind() != Unit.Kind.MONEY) {
                continue;
            }
            if (investmentWordBefore(t, st, f)) {
                consumed.add(f.start());
                return investmentOf(f);
            }
        }
        return null;
    }

    /** A money figure as a project's investment. */
    private static Investment investmentOf(Figure f) {
        return new Investment(
                f.value(),
                f.writtenUnit(),
                f.qualifier(),
                new Quantity(f.baseValue(), f.unit().base()));
    }

    private static boolean investmentWordBefore(String t, Statement st, Figure f) {
        String before = t.substring(Math.max(st.start(), f.start() - 6), f.start());
        for (String w : Lexicon.INVESTMENT_WORDS) {
            if (before.endsWith(w)
                    || before.endsWith(w + "达")
                    || before.endsWith(w + "约")
                    || before.endsWith(w + "为")) {
                return true;
            }
        }
        return false;
    }

    private EventDate date(Statement st, ParagraphState ps, int segStart, Trigger tr) {
        EventDate found = dateStated(st, ps, segStart, tr);
        TimeMention day = st.openingDay();
        boolean vague = found == null
                || found.precision() == zonepulse.events.DatePrecision.YEAR
                        && (found.label() == null || !found.label().matches(".*\\d{4}\\s*年.*"));
        if (day != null && vague) {
            // 「3月29日，某区举行一季度重大项目集中开工仪式，…包括A、B」: the day the statement opens with is the event's
            EventDate opening = times.date(day, st.explicitYearBefore(day.end()), st.explicitYearBefore(day.end()));
            if (opening != null) {
                return opening;
            }
        }
        return found;
    }

    private EventDate dateStated(Statement st, ParagraphState ps, int segStart, Trigger tr) {
        TimeMention m = st.lastTimeIn(segStart, tr.start());
        if (m == null) {
            int clauseEnd = Spans.clauseEnd(ctx.text(), tr.end(), st.end());
            m = st.lastTimeIn(tr.end(), clauseEnd);
        }
        if (m == null) {
            // an earlier clause of the same sentence dates it (「2021年11月27日，小米汽车落户亦庄」), a future year only a plan
            int sentence = segStart;
            while (sentence > st.start() && !Spans.endsSentence(ctx.text().charAt(sentence - 1))) {
                sentence--;
            }
            TimeMention before = st.lastTimeIn(sentence, clauseStart(ctx.text(), st.start(), segStart));
            if (before != null
                    && before.start() - sentence <= 1
                    && before.kind() != TimeMention.Kind.EVERY_YEAR
                    && !(before.hasExplicitYear() && ctx.docYear() > 0 && before.year() > ctx.docYear())) {
                m = before;
            }
        }
        if (m != null) {
            int context = 0;
            for (TimeMention y : st.times()) {
                if (y.end() <= m.start() && y.hasExplicitYear() && (ctx.docYear() == 0 || y.year() <= ctx.docYear())) {
                    context = y.year();
                }
            }
            int year =
                    context > 0 ? context : ps.opening != null && ps.opening.hasExplicitYear() ? ps.opening.year() : 0;
            return times.date(m, year, year);
        }
        if (ps.opening != null) {
            return times.date(ps.opening, ps.opening.year(), ps.opening.year());
        }
        if (ctx.reportYear() > 0) {
            return new EventDate(
                    Integer.toString(ctx.reportYear()), zonepulse.events.DatePrecision.YEAR, ctx.reportYear() + "年");
        }
        return null;
    }

    private String region(String t, int from, int pos) {
        return ctx.regionAt(from, pos);
    }

    /**
     * The key that merges one project's mentions across articles: letters and digits only, lower case, a leading
     * zone name and generic suffixes (项目, 系列项目, 重大项目) dropped.
     */
    static String projectKey(String name) {
        return ProjectKey.STANDARD.of(name);
    }

    /** Company names the project name starts with (智飞绿竹新型病毒疫苗… → 智飞绿竹). */
    static List<String> companies(String name) {
        String n = name.strip();
        int corp = n.indexOf("有限公司");
        if (corp > 0) {
            return List.of(n.substring(0, corp + 4));
        }
        for (String suffix : new String[] {"集团", "股份"}) {
            int i = n.indexOf(suffix);
            if (i >= 2) {
                return List.of(n.substring(0, i + suffix.length()));
            }
        }
        if (Lexicon.NOT_COMPANY_PREFIXES.longestAt(n, 0, n.length()) != null) {
            return List.of();
        }
        for (int p = 2; p <= Math.min(6, n.length() - 1); p++) {
            if (Lexicon.NAME_DESCRIPTORS.longestAt(n, p, n.length()) != null && Spans.isHan(n.charAt(p - 1))) {
                return List.of(n.substring(0, p));
            }
        }
        if (n.length() <= 6 && !Spans.endsWithAny(n, Lexicon.FACILITY_HEADS)) {
            return List.of(n);
        }
        return List.of();
    }
}
