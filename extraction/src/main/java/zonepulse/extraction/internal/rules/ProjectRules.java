package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import zonepulse.events.EventDate;
import zonepulse.events.Investment;
import zonepulse.events.Stage;
import zonepulse.extraction.internal.number.Figure;
import zonepulse.extraction.internal.number.Unit;
import zonepulse.extraction.internal.text.Trie;

/**
 * Finds projects reaching a stage, statement by statement, by composing rule objects, each one idea with its own
 * tests:
 *
 * <ul>
 *   <li>triggers: {@link StageWordRule} (stage words, {@link CompletedConstructionRule} 完成X建设), {@link
 *       StepMergeRule} (签约落地 → landed), {@link ConditionalTriggerRule} (投产后… is no stage);
 *   <li>the trigger's project: the pattern's own name, {@link RelativeNameRule} (开工的X), {@link SubjectNamesRule}
 *       (before it, with {@link NameEdgeRule} and {@link CountedTailRule}), {@link ObjectNamesRule} (建成X、Y), all
 *       judged by {@link ProjectNameRule} and {@link NameFilter}; a dated or planned trigger without one takes
 *       {@link AntecedentRule}'s last project, else {@link BuildVerbObjectRule}'s or {@link
 *       EarlierClauseSubjectRule}'s facility;
 *   <li>what goes with it: {@link PlanMarkerRule} (expected), {@link ProjectDateRule} and {@link
 *       AfterPublicationRule} (date), {@link InvestmentRule}, {@link ProjectAttributesRule} (the clauses describing a
 *       single project: its figures, no indicators), {@link CompaniesRule}, {@link ProjectKey};
 *   <li>patterns beyond the trigger's clause: {@link ListItemsRule} (包括A、B和C; A、B等N家企业…签约; lists after a
 *       ceremony, dated by {@link CeremonyDay}), {@link FrameRule} (开工项目中，A…；B…), {@link CeremonyNameRule}
 *       (举行A开工仪式), {@link InvestmentBeforeNameRule} (投资X亿元的Y); {@link MentionMergeRule} keeps one event per
 *       project and stage.
 * </ul>
 *
 * Word lists are data files under {@code zonepulse/extraction/lexicon/}. One instance per document: it remembers the
 * last ceremony day stated.
 */
final class ProjectRules {
    private static final StageWordRule STAGE_WORDS = StageWordRule.STANDARD;
    private static final StepMergeRule STEPS = StepMergeRule.STANDARD;
    private static final ConditionalTriggerRule CONDITIONS = ConditionalTriggerRule.STANDARD;
    private static final ProjectNameRule NAMES = ProjectNameRule.STANDARD;
    private static final RelativeNameRule RELATIVE_NAMES = RelativeNameRule.STANDARD;
    private static final SubjectNamesRule SUBJECT_NAMES = SubjectNamesRule.STANDARD;
    private static final ObjectNamesRule OBJECT_NAMES = ObjectNamesRule.STANDARD;
    private static final AntecedentRule ANTECEDENTS = AntecedentRule.STANDARD;
    private static final BuildVerbObjectRule BUILD_VERB_OBJECTS = BuildVerbObjectRule.STANDARD;
    private static final EarlierClauseSubjectRule EARLIER_SUBJECTS = EarlierClauseSubjectRule.STANDARD;
    private static final PlanMarkerRule PLANS = PlanMarkerRule.STANDARD;
    private static final AfterPublicationRule AFTER_PUBLICATION = AfterPublicationRule.STANDARD;
    private static final InvestmentRule INVESTMENTS = InvestmentRule.STANDARD;
    private static final ProjectAttributesRule ATTRIBUTES = ProjectAttributesRule.STANDARD;
    private static final CompaniesRule COMPANIES = CompaniesRule.STANDARD;
    private static final ProjectKey KEYS = ProjectKey.STANDARD;
    private static final MentionMergeRule MERGE = MentionMergeRule.STANDARD;
    private static final ListItemsRule LIST_ITEMS = new ListItemsRule(
            Lexicon.STAGE_TRIGGERS,
            Lexicon.LIST_OPENERS,
            Lexicon.TRIGGER_NOUN_PREFIXES,
            Lexicon.TRIGGER_CONDITIONAL_SUFFIXES,
            name -> NAMES.accepts(name, true, Stage.SIGNED));
    private static final NumberedListRule NUMBERED = new NumberedListRule(
            zonepulse.extraction.internal.lexicon.Lexicons.words("numbered-list-openers.txt"),
            name -> NAMES.accepts(name, true, Stage.SIGNED));
    private static final CeremonyNameRule CEREMONIES =
            CeremonyNameRule.standard(name -> NAMES.accepts(name, false, Stage.SIGNED));
    private static final FrameRule FRAMES = new FrameRule(
            Lexicon.STAGE_TRIGGERS, Lexicon.PROJECT_FRAMES, name -> NAMES.accepts(name, false, Stage.SIGNED));

    /** How far before a statement a list's frame may stand (「…集中开工项目55个。包括A、B…」). */
    private static final int LIST_LOOKBACK = 400;

    private final DocContext ctx;
    private final TimeResolver times;
    private final ProjectDateRule dates;

    ProjectRules(DocContext ctx, TimeResolver times) {
        this.ctx = ctx;
        this.times = times;
        this.dates = new ProjectDateRule(ctx, times);
    }

    /** Whether a trigger word (or 完成…建设) appears in {@code [from, to)}: a cheap test before the rules run. */
    static boolean hasTrigger(String t, int from, int to) {
        return STAGE_WORDS.mayStandIn(t, from, to);
    }

    /** Whether a stage word of statement {@code st} states a stage in {@code t[from, to)} (not just may: 完成70%). */
    static boolean statesStage(String t, Statement st, int from, int to) {
        return STAGE_WORDS.find(t, st).stream().anyMatch(tr -> tr.start() >= from && tr.start() < to);
    }

    /** Adds the projects statement {@code st} names to {@code out}, their investment figures to {@code consumed}. */
    void apply(Statement st, ParagraphState ps, Set<Integer> consumed, List<Drafts.Project> out) {
        String t = ctx.text();
        List<Trigger> triggers = CONDITIONS.withoutConditions(t, st, STEPS.merge(t, STAGE_WORDS.find(t, st)));
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
    }

    /** A trigger with what its clause says of it: whether it is planned and when it is (or was) reached. */
    private record Step(Trigger trigger, int segStart, boolean expected, EventDate date) {}

    /**
     * The names a trigger's own clause gives it; {@code relative} when a relative clause introduced the name;
     * {@code companies} the companies the clause ties to it, the one that signs an agreement on it or builds it
     * (empty: the companies its name starts with).
     */
    private record Named(List<NameCandidate> items, boolean relative, List<String> companies) {}

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
        boolean expected = PLANS.planned(t, segStart, tr.start());
        boolean dated = st.lastTimeIn(segStart, tr.start()) != null;
        Named named = named(t, st, segStart, tr, triggers);
        List<NameCandidate> items = named.items();
        boolean continues = items.isEmpty()
                && !countedSubject(st, segStart, tr)
                && ANTECEDENTS.continues(lastSingle, expected, dated);
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
            Drafts.Project d = draft(t, st, step, item, named, single, lastSingle, consumed);
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
    private Named named(String t, Statement st, int segStart, Trigger tr, List<Trigger> triggers) {
        List<NameCandidate> items = List.of();
        boolean relative = false;
        List<String> companies = List.of();
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
            // 「某公司与某区签订了某某基地项目合作协议」: the project agreed on, not the company that signs
            NameCandidate agreed = OBJECT_NAMES.agreedOn(t, st, tr);
            items = agreed == null ? items : NAMES.candidates(t, List.of(agreed), true, tr.stage());
            companies = items.isEmpty() ? companies : signers(SUBJECT_NAMES.before(t, st, segStart, tr));
        }
        if (items.isEmpty()) {
            items = NAMES.candidates(t, SUBJECT_NAMES.before(t, st, segStart, tr), false, tr.stage());
            companies = items.size() == 1 ? builder(t, segStart, items.get(0)) : companies;
        }
        if (items.isEmpty()) {
            items = NAMES.candidates(t, OBJECT_NAMES.after(t, st, tr, triggers), true, tr.stage());
        }
        return new Named(items, relative, companies);
    }

    /** Verbs of building or running ({@code lexicon/builder-verbs.txt}: 投资, 承建, 运营). */
    private static final Trie<Boolean> BUILDER_VERBS =
            Trie.ofWords(zonepulse.extraction.internal.lexicon.Lexicons.words("builder-verbs.txt"));

    /** The longest company name read in 「由X投资建设的」. */
    private static final int MAX_BUILDER = 25;

    /**
     * The company of a relative clause 「由X投资建设的」 right before the name {@code item} (「由长鑫存储投资建设的二期
     * 晶圆制造基地项目」: 长鑫存储), or none.
     */
    private List<String> builder(String t, int segStart, NameCandidate item) {
        int de = item.start() - 1;
        if (de <= segStart || t.charAt(de) != '的') {
            return List.of();
        }
        int by = Spans.lastIndexOf(t, '由', segStart, de);
        if (by < 0) {
            return List.of();
        }
        for (int p = by + 3; p < de && p - by - 1 <= MAX_BUILDER; p++) {
            if (Spans.projectBoundary(t.charAt(p - 1))) {
                return List.of();
            }
            if (BUILDER_VERBS.longestAt(t, p, de) != null) {
                return List.of(ctx.clean().substring(by + 1, p).strip());
            }
        }
        return List.of();
    }

    /**
     * The companies among the parties to a signing ({@link SubjectNamesRule} leaves out the zone or government body):
     * each whole name a company's ending closes (有限公司, 集团), else the company it starts with.
     */
    private List<String> signers(List<NameCandidate> parties) {
        List<String> companies = new ArrayList<>();
        for (NameCandidate party : parties) {
            String name = ctx.clean().substring(party.start(), party.end()).strip();
            if (NameFilter.standard().accepts(name)) {
                companies.addAll(COMPANIES.of(name));
            }
        }
        return List.copyOf(companies);
    }

    /** The trigger dated, a stage after the article planned (or, its year unstated, a year earlier). */
    private Step timed(Statement st, ParagraphState ps, Trigger tr, int segStart, boolean expected) {
        EventDate date = dates.date(st, ps, segStart, tr, expected);
        AfterPublicationRule.Timing timing = AFTER_PUBLICATION.timing(date, expected, times.published());
        return new Step(tr, segStart, timing.expected(), timing.date());
    }

    /**
     * Whether a count stands before the trigger in its clause (「目前已有30余家企业入驻」): the subject is that counted
     * group, not the project named before.
     */
    private static boolean countedSubject(Statement st, int segStart, Trigger tr) {
        for (Figure f : st.figures()) {
            if (f.start() >= segStart && f.end() <= tr.start() && f.unit().kind() == Unit.Kind.COUNT) {
                return true;
            }
        }
        return false;
    }

    /** The draft for one named candidate, or null when its clean-text name is refused. */
    private Drafts.Project draft(
            String t,
            Statement st,
            Step step,
            NameCandidate item,
            Named named,
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
        Investment investment = single ? INVESTMENTS.forName(t, st, item.start(), after, consumed) : null;
        if (single) {
            Investment described =
                    ATTRIBUTES.describe(t, st, ctx.regions(), after, tr.end(), investment == null, consumed);
            investment = investment == null ? described : investment;
        }
        return new Drafts.Project(
                qs,
                qe,
                sent[0],
                sent[1],
                ctx.regionAt(st.start(), qs),
                name,
                KEYS.of(name),
                tr.stage(),
                step.expected(),
                step.date(),
                investment,
                named.companies().isEmpty() ? COMPANIES.of(name) : named.companies(),
                named.relative() || item.listed() ? 0.85 : 0.75);
    }

    /** What the pattern rules (lists, frames) find in the statement. */
    private static List<ProjectMatch> patternMatches(String t, Statement st) {
        int floor = st.start();
        // the clause a list refers back to stands just before it: looking further back made long paragraphs quadratic
        while (floor > 0 && t.charAt(floor - 1) != '\n' && st.start() - floor < LIST_LOOKBACK) {
            floor--;
        }
        List<ProjectMatch> all = new ArrayList<>(LIST_ITEMS.find(t, floor, st.start(), st.end()));
        all.addAll(FRAMES.find(t, st.start(), st.end()));
        all.addAll(CEREMONIES.find(t, st.start(), st.end()));
        all.addAll(FRAMES.findAfterCount(t, paragraphBefore(t, floor, st.start()), st.start(), st.end()));
        ProjectMatch listed = NUMBERED.item(t, st);
        if (listed != null) {
            all.add(listed);
        }
        return all;
    }

    /**
     * Where the paragraph before starts, when the statement at {@code start} opens its paragraph ({@code floor} is
     * where that starts): 「其中，…」 opening a paragraph details the statement that closed the one before, as pages
     * that set each sentence apart have it. Else {@code floor}.
     */
    private static int paragraphBefore(String t, int floor, int start) {
        if (!t.substring(floor, start).isBlank() || floor == 0) {
            return floor;
        }
        int end = floor;
        while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        int before = end;
        while (before > 0 && t.charAt(before - 1) != '\n' && end - before < LIST_LOOKBACK) {
            before--;
        }
        return before;
    }

    /** The draft for a pattern rule's match; null when the trigger rules found the same project at that stage. */
    private Drafts.Project fromMatch(
            String t,
            Statement st,
            ParagraphState ps,
            ProjectMatch m,
            Set<Integer> consumed,
            List<Drafts.Project> found) {
        String name = ctx.clean().substring(m.nameStart(), m.nameEnd()).strip();
        String key = KEYS.of(name);
        Investment investment = m.amountStart() >= 0
                ? INVESTMENTS.at(st, m.amountStart(), consumed)
                : NumberedListRule.NAME.equals(m.rule())
                        ? INVESTMENTS.forName(t, st, m.nameStart(), m.nameEnd(), consumed) // 1.甲项目，总投资20亿元
                        : null;
        if (CeremonyNameRule.NAME.equals(m.rule())) {
            // 「举行甲项目签约仪式，项目总投资6.5亿元」: the clauses after the ceremony describe its project
            Investment described = ATTRIBUTES.describe(
                    t, st, ctx.regions(), m.triggerEnd(), m.triggerEnd(), investment == null, consumed);
            investment = investment != null ? investment : described;
        }
        if (MERGE.mergeInto(found, key, m.stage(), investment)) {
            return null;
        }
        Trigger tr = Trigger.word(m.triggerStart(), m.triggerEnd(), m.stage());
        boolean inStatement = m.triggerStart() >= st.start();
        int segStart = inStatement ? Spans.projectClauseStart(t, st.start(), m.triggerStart()) : st.start();
        boolean expected = inStatement && PLANS.planned(t, segStart, m.triggerStart());
        EventDate date = dates.date(st, ps, segStart, tr, expected);
        if (ps.ceremony != null && !CeremonyDay.undatedRecent(t, st)) {
            date = ps.ceremony.over(date, times); // the list reports a ceremony dated earlier in the article
        }
        AfterPublicationRule.Timing timing = AFTER_PUBLICATION.timing(date, expected, times.published());
        int qs = Math.min(m.nameStart(), Math.max(st.start(), m.triggerStart()));
        int qe = Math.max(m.nameEnd(), Math.min(st.end(), m.triggerEnd()));
        int[] sent = IndicatorRules.sentence(t, qs, qe);
        return new Drafts.Project(
                qs,
                qe,
                sent[0],
                sent[1],
                ctx.regionAt(st.start(), qs),
                name,
                key,
                m.stage(),
                timing.expected(),
                timing.date(),
                investment,
                COMPANIES.of(name),
                0.8);
    }
}
