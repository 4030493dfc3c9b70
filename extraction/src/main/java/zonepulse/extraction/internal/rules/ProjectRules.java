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
    private static final ProjectNameRule NAMES = ProjectNameRule.STANDARD;
    private static final RelativeNameRule RELATIVE_NAMES = RelativeNameRule.STANDARD;
    private static final SubjectNamesRule SUBJECT_NAMES = SubjectNamesRule.STANDARD;
    private static final ObjectNamesRule OBJECT_NAMES = ObjectNamesRule.STANDARD;
    private static final AntecedentRule ANTECEDENTS = AntecedentRule.STANDARD;
    private static final BuildVerbObjectRule BUILD_VERB_OBJECTS = BuildVerbObjectRule.STANDARD;
    private static final EarlierClauseSubjectRule EARLIER_SUBJECTS = EarlierClauseSubjectRule.STANDARD;

    private final DocContext ctx;
    private final TimeResolver times;
    private final Gazetteer gazetteer;

    ProjectRules(DocContext ctx, TimeResolver times, Gazetteer gazetteer) {
        this.ctx = ctx;
        this.times = times;
        this.gazetteer = gazetteer;
    }

    void apply(Statement st, ParagraphState ps, Set<Integer> consumed, List<Drafts.Project> out) {
        String t = ctx.text();
        List<Trigger> triggers = triggers(t, st);
        List<Drafts.Project> found = new ArrayList<>();
        Drafts.Project lastSingle = null;
        int previousEnd = st.start();
        for (Trigger tr : triggers) {
            int segStart = Math.max(Spans.projectClauseStart(t, st.start(), tr.start()), previousEnd);
            previousEnd = tr.end();
            lastSingle = draftsFor(t, st, ps, tr, segStart, triggers, lastSingle, consumed, found);
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

    /** A trigger with what its clause says of it: whether it is planned and when it is (or was) reached. */
    private record Step(Trigger trigger, int segStart, boolean expected, EventDate date) {}

    /** The names a trigger's own clause gives it; {@code relative} when a relative clause introduced the name. */
    private record Named(List<NameCandidate> items, boolean relative) {}

    /**
     * Adds the drafts for trigger {@code tr} of clause {@code t[segStart, tr)} to {@code found}; returns the last
     * project the statement named on its own after it.
     */
    private Drafts.Project draftsFor(
            String t,
            Statement st,
            ParagraphState ps,
            Trigger tr,
            int segStart,
            List<Trigger> triggers,
            Drafts.Project lastSingle,
            Set<Integer> consumed,
            List<Drafts.Project> found) {
        boolean expected = planned(t, segStart, tr.start());
        boolean dated = st.lastTimeIn(segStart, tr.start()) != null;
        Named named = named(t, st, segStart, tr, triggers);
        List<NameCandidate> items = named.items();
        boolean continues = items.isEmpty() && ANTECEDENTS.continues(lastSingle, expected, dated);
        if (items.isEmpty() && !continues && (expected || dated)) {
            NameCandidate implied = BUILD_VERB_OBJECTS.lastIn(t, st.start(), tr.start());
            if (implied == null) {
                implied = EARLIER_SUBJECTS.lastIn(t, st.start(), segStart);
            }
            items = implied == null ? items : List.of(implied);
        }
        Step step = timed(st, ps, tr, segStart, expected);
        if (continues) {
            int[] sentence = IndicatorRules.sentence(t, tr.start(), tr.end());
            found.add(ANTECEDENTS.draft(lastSingle, tr, segStart, sentence, step.expected(), step.date()));
            return lastSingle;
        }
        boolean single = items.size() == 1 && !items.get(0).listed();
        for (NameCandidate item : items) {
            Drafts.Project d = draft(t, st, step, item, named.relative(), single, lastSingle, consumed);
            if (d != null) {
                found.add(d);
                if (single) {
                    lastSingle = d;
                }
            }
        }
        return lastSingle;
    }

    /** The candidates the trigger's clause names: the pattern's own, after 的, before the trigger, after it. */
    private static Named named(String t, Statement st, int segStart, Trigger tr, List<Trigger> triggers) {
        List<NameCandidate> items = List.of();
        boolean relative = false;
        if (tr.delimitsName()) {
            NameCandidate own = new NameCandidate(tr.nameStart(), tr.nameEnd(), false);
            items = NAMES.candidates(t, List.of(own), true, tr.stage());
        } else {
            NameCandidate introduced = RELATIVE_NAMES.after(t, tr, st.end(), triggers);
            if (introduced != null) {
                items = List.of(introduced);
                relative = true;
            }
        }
        if (items.isEmpty()) {
            items = NAMES.candidates(t, SUBJECT_NAMES.before(t, st, segStart, tr), false, tr.stage());
        }
        if (items.isEmpty()) {
            items = NAMES.candidates(t, OBJECT_NAMES.after(t, st, tr, triggers), true, tr.stage());
        }
        return new Named(items, relative);
    }

    /** The trigger dated, a stage after the article planned (or, its year unstated, a year earlier). */
    private Step timed(Statement st, ParagraphState ps, Trigger tr, int segStart, boolean expected) {
        EventDate date = date(st, ps, segStart, tr);
        if (date != null && times.published() != null && !expected && isAfter(date, times.published())) {
            if (statesYear(date)) {
                expected = true;
            } else {
                date = yearBefore(date);
            }
        }
        return new Step(tr, segStart, expected, date);
    }

    /** The draft for one named candidate, or null when its clean-text name is refused. */
    private Drafts.Project draft(
            String t,
            Statement st,
            Step step,
            NameCandidate item,
            boolean relative,
            boolean single,
            Drafts.Project lastSingle,
            Set<Integer> consumed) {
        Trigger tr = step.trigger();
        String name = ctx.clean().substring(item.start(), item.end()).strip();
        if (!NameFilter.standard().accepts(name)) {
            return null;
        }
        name = ANTECEDENTS.name(name, lastSingle);
        int qs = Math.min(item.start(), tr.start());
        int qe = Math.max(item.end(), tr.end());
        int[] sent = IndicatorRules.sentence(t, qs, qe);
        int after = item.end() < tr.start() ? item.end() : Math.max(item.end(), tr.end());
        Investment investment = single ? investment(t, st, item.start(), after, consumed) : null;
        return new Drafts.Project(
                qs,
                qe,
                sent[0],
                sent[1],
                ctx.regionAt(st.start(), qs),
                name,
                projectKey(name),
                tr.stage(),
                step.expected(),
                step.date(),
                investment,
                companies(name),
                relative || item.listed() ? 0.85 : 0.75);
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
        int segStart =
                m.triggerStart() >= st.start() ? Spans.projectClauseStart(t, st.start(), m.triggerStart()) : st.start();
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

    /** Whether a phrase names a project (see {@link ProjectNameRule}). */
    static boolean valid(String name, boolean listed, Stage stage) {
        return NAMES.accepts(name, listed, stage);
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
            TimeMention before = st.lastTimeIn(sentence, Spans.projectClauseStart(ctx.text(), st.start(), segStart));
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
