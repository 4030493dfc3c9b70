package zonepulse.extraction.internal.rules;

import java.util.List;
import java.util.Set;
import zonepulse.events.Measure;
import zonepulse.events.Period;
import zonepulse.events.Status;
import zonepulse.extraction.internal.number.Figure;
import zonepulse.extraction.internal.region.Gazetteer;
import zonepulse.extraction.internal.time.TimeMention;

/**
 * Turns figures into indicator events, composing the indicator rule objects figure by figure: the {@link FigureFilter}s
 * drop figures that are no indicator; {@link NameBefore}, {@link MeasureWords}, {@link ShareOfWhole} and
 * {@link NameAfter} read the words around a figure, {@link Connector} what joins them; {@link MeasureRule} chooses the
 * measure and the name, {@link Respectively} and {@link OfAllItems} name the figures of lists, {@link NameCheck} tidies
 * the name; {@link FigureValue}, {@link StatusRule}, {@link StockMarkers}, {@link FigurePeriod} and {@link BasisRule}
 * give value, status, period and basis. A figure that names nothing takes the name of the figure before it in its
 * statement or paragraph. One per document.
 */
final class IndicatorRules {
    private static final List<FigureFilter> FILTERS = FigureFilter.standard();
    private static final MeasureWords WORDS = MeasureWords.STANDARD;
    private static final Connector CONNECTOR = Connector.STANDARD;
    private static final NameCheck NAMES = NameCheck.STANDARD;

    private final DocContext ctx;
    private final NameBefore nameBefore;
    private final FigurePeriod periods;

    IndicatorRules(DocContext ctx, TimeResolver times, Gazetteer gazetteer) {
        this.ctx = ctx;
        this.nameBefore = NameBefore.standard(gazetteer);
        this.periods = FigurePeriod.standard(ctx, times);
    }

    /** What earlier figures of a statement tell later ones; one per statement. */
    private static final class StatementScan {
        /** Where the statement's first stock marker stands (figures after it are stocks), or its end. */
        final int firstStock;
        /** The statement's forecast and target markers. */
        final List<StatusRule.Marker> markers;
        /** End of the last figure read (or of the name after it): how far back the next figure's name may reach. */
        int previousEnd;
        /** The name of the last indicator of the statement, or null. */
        IndicatorName last;
        /** The 分别 list the figures are items of, or null. */
        Respectively list;
        /** The statement's last 分别 list of named items, or null: a later 分别 opening a clause says it again. */
        Respectively lastList;
        /** The names of the statement's indicators so far, distinct, in order: the items a clause-opening 分别 refers to. */
        final List<String> named = new java.util.ArrayList<>();

        StatementScan(int firstStock, List<StatusRule.Marker> markers, int start) {
            this.firstStock = firstStock;
            this.markers = markers;
            this.previousEnd = start;
        }
    }

    /**
     * What the words around one figure say, before its measure is chosen.
     *
     * @param phrase the phrase before the figure
     * @param connector the words joining it to the figure
     * @param fall whether the connector states a fall
     * @param basis the basis stated, or null
     * @param clues what the measure rule reads
     */
    private record Reading(
            NameBefore.Phrase phrase, String connector, boolean fall, String basis, MeasureRule.Clues clues) {}

    /** The indicators of statement {@code st}, skipping figures the project rules {@code consumed}, added to out. */
    void apply(Statement st, ParagraphState ps, Set<Integer> consumed, List<Drafts.Indicator> out) {
        if (st.figures().isEmpty()) {
            return;
        }
        String t = ctx.text();
        StatementScan scan = new StatementScan(
                StockMarkers.STANDARD.first(t, st.start(), st.end()),
                StatusRule.STANDARD.markers(t, st, ctx.docYear()),
                st.start());
        List<Figure> figures = st.figures();
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            int floor = Math.min(scan.previousEnd, f.start());
            if (scan.list != null && !Respectively.continues(t, scan.previousEnd, f.start())) {
                scan.list = null;
            }
            if (consumed.contains(f.start())) {
                scan.previousEnd = f.end();
                continue;
            }
            if (!FigureFilter.accepts(FILTERS, t, st, f)) {
                continue; // 超亿元185家: a figure that is no indicator may still be part of the next one's name
            }
            scan.previousEnd = f.end();
            indicate(st, ps, k, floor, scan, out);
        }
    }

    /** The indicator of figure {@code k}, whose name reaches back to {@code floor}, if it names one. */
    private void indicate(
            Statement st, ParagraphState ps, int k, int floor, StatementScan scan, List<Drafts.Indicator> out) {
        Reading r = read(st, k, floor, scan);
        if (r == null) {
            return;
        }
        Figure f = st.figures().get(k);
        MeasureRule.Choice choice = MeasureRule.STANDARD.choose(f, r.clues());
        Measure measure = choice.measure();
        IndicatorName name = choice.name();
        boolean fall = r.fall();
        Respectively after;
        if (scan.list != null) {
            // 「…分别增长24.9%和28.3%」: a later figure of the list is measured as the first and named by its item
            measure = scan.list.measure();
            fall = scan.list.fall();
            String item = scan.list.next();
            name = item != null ? new IndicatorName(item, name == null ? f.start() : name.start(), f.end(), 0.7) : name;
        } else if (Connector.respectively(r.connector())) {
            String subjects = ctx.text().substring(listStart(r), r.phrase().connector());
            scan.list = Respectively.of(subjects, IndicatorLexicon.MEASURE_HEADS, measure, fall);
            String leading = Spans.loose(subjects);
            if (!scan.list.named() && leading.isEmpty() && scan.lastList != null) {
                // 「A、B分别实现产值X和Y，分别增长…」: the items of the statement's list before
                scan.list = scan.lastList.with(measure, fall);
            } else if (!scan.list.named() && (leading.isEmpty() || WORDS.aboutFigureBefore(leading))) {
                // 「A 215亿元、B 508亿元，(比上年)分别增长…」: the items are the figures named before
                scan.list = Respectively.ofEarlierFigures(scan.named, measure, fall);
            }
            name = itemName(scan, f, name);
        } else if (measure != Measure.COUNT && (after = measureAfterList(r)) != null) {
            // 「电子信息、装备制造两大主导产业分别实现产值2890.1亿元和1620.5亿元」: the measure stands after 分别
            scan.list = after.with(measure, fall);
            name = itemName(scan, f, name);
        }
        if (scan.list != null && scan.list.named()) {
            scan.lastList = scan.list;
        }
        name = settle(name, measure, r.clues().words(), ps, scan);
        if (name == null) {
            return;
        }
        emit(st, ps, f, r, measure, fall, name, scan, out);
        if (name.start() >= f.end()) {
            scan.previousEnd = Math.max(scan.previousEnd, name.end());
        }
        scan.last = name;
        if (!scan.named.contains(name.text())) {
            scan.named.add(name.text());
        }
        ps.lastName = name.text();
        ps.lastNameStart = name.start();
        ps.lastNameEnd = name.end();
    }

    /**
     * Where a 分别 list before the figure starts: its clause's start, past a zone or place opening it after leading
     * words only (园区…, 全年襄阳高新区…).
     */
    private int listStart(Reading r) {
        int from = r.phrase().clause();
        for (int pos = from; pos < r.phrase().connector(); pos++) {
            var region = ctx.regionStartingAt(pos);
            if (region != null) {
                String opening = ctx.text().substring(from, region.end()).strip();
                boolean opens = NameBefore.withoutLeadingWords(opening)
                        .equals(ctx.text().substring(pos, region.end()));
                return opens && region.end() < r.phrase().connector() ? region.end() : from;
            }
        }
        return from;
    }

    /** The next item of the statement's list as the figure's name, else {@code name}. */
    private static IndicatorName itemName(StatementScan scan, Figure f, IndicatorName name) {
        String item = scan.list.next();
        if (item == null) {
            return name;
        }
        return new IndicatorName(
                item, name == null ? f.start() : name.start(), name == null ? f.end() : name.end(), 0.7);
    }

    /**
     * The list of 「A、B分别实现产值X和Y」 before the figure {@code r} reads: items before 分别, the measure after it
     * (light verbs left out); null unless there are two items and a measure.
     */
    private Respectively measureAfterList(Reading r) {
        String t = ctx.text();
        int q = t.lastIndexOf("分别", r.phrase().connector() - 2);
        if (q < r.phrase().clause() || q + 2 > r.phrase().connector()) {
            return null;
        }
        String subjects = t.substring(Math.min(listStart(r), q), q);
        String measureName = NameBefore.withoutLeadingWords(
                t.substring(q + 2, r.phrase().connector()).strip());
        if (measureName.length() < 2 || subjects.indexOf('、') < 0 && subjects.indexOf('和') < 0) {
            return null;
        }
        Respectively list = Respectively.ofMeasureAfter(subjects, measureName, Measure.LEVEL, false);
        return list.named() ? list : null;
    }

    /**
     * Whether the words {@code t[from, to)} before a figure compare with an earlier period that is not a year ago
     * (「增速比8月提高」, 「较一季度加快」): a change against it is month on month.
     */
    private static boolean comparedWithEarlierPeriod(Statement st, String t, int from, int to) {
        int than = Math.max(Spans.lastIndexOf(t, '比', from, to), Spans.lastIndexOf(t, '较', from, to));
        if (than < 0) {
            return false;
        }
        TimeMention compared = st.timeAt(than + 1);
        if (compared == null || compared.start() != than + 1 || compared.end() > to) {
            return false;
        }
        String time = t.substring(than + 1, compared.end());
        return IndicatorLexicon.YEAR_AGO.stream().noneMatch(time::contains);
    }

    /** Reads the words around figure {@code k}; null for a figure of one project (「该项目占地约1200亩」). */
    private Reading read(Statement st, int k, int floor, StatementScan scan) {
        String t = ctx.text();
        Figure f = st.figures().get(k);
        NameBefore.Phrase phrase = nameBefore.read(t, st, ctx, floor, f);
        String connector = t.substring(phrase.connector(), f.start());
        String words = t.substring(phrase.name(), phrase.connector()).strip();
        if (words.startsWith("该")) {
            return null;
        }
        // 「增速高于全市1.8个百分点」: 高于全市; so 「增长5.6%，高于全市1.7个百分点」, where the phrase's segment holds 高于
        String comparedWith = BasisRule.yardstick(words, WORDS);
        if (comparedWith == null && phrase.segment() < phrase.name()) {
            comparedWith = BasisRule.yardstick(
                    t.substring(phrase.segment(), phrase.connector()).strip(), WORDS);
        }
        if (comparedWith != null || WORDS.aboutFigureBefore(words)) {
            words = ""; // 「较去年末增加约300家」, 「增速比一季度提高4.2个百分点」: about the figure named before
        }
        ShareOfWhole.Split share = ShareOfWhole.read(words, phrase.name(), connector, scan.last != null);
        words = share.words();
        int nameStart = share.start();
        boolean growth = CONNECTOR.growth(connector);
        boolean monthOnMonth = Connector.monthOnMonth(connector)
                || words.endsWith("环比")
                || comparedWithEarlierPeriod(st, t, phrase.segment(), f.start());
        int growthSuffix = MeasureWords.growthSuffix(words);
        if (growthSuffix > 0) {
            growth = true; // 「工业增加值增速为6.5%」
            words = words.substring(0, words.length() - growthSuffix);
        }
        String basis = BasisRule.of(t, phrase, connector, nameStart, words, WORDS.scope(words), f.end(), st.end());
        basis = basis == null ? comparedWith : basis;
        IndicatorName after = NameAfter.STANDARD.read(t, st.figures(), k, st.end());
        if (NameBefore.placeOnly(ctx, nameStart, phrase.connector())) {
            words = ""; // 「昆山市30例」: a place alone names no measure
        }
        IndicatorName partNamedBefore = share.whole() != null ? scan.last.at(0.8) : null;
        MeasureRule.Clues clues = new MeasureRule.Clues(
                words,
                nameStart,
                WORDS.name(words),
                WORDS.scope(words),
                growth,
                monthOnMonth,
                share.share(),
                after,
                partNamedBefore);
        return new Reading(phrase, connector, CONNECTOR.fall(connector), basis, clues);
    }

    /**
     * The name an indicator finally takes, tidied ({@link NameCheck}), or null when it has none: an unnamed growth,
     * share or count, or a pronoun or scope, takes the statement's last name, else the paragraph's; a clause fragment
     * takes the statement's last name.
     */
    private static IndicatorName settle(
            IndicatorName name, Measure measure, String words, ParagraphState ps, StatementScan scan) {
        IndicatorName last = scan.last;
        if (name == null) {
            boolean pointsBack = WORDS.pronoun(words);
            if (last != null && (measure != Measure.LEVEL || pointsBack || WORDS.scope(words) || words.isEmpty())) {
                name = last.at(0.65);
            } else if (ps.lastName != null && (pointsBack || (words.isEmpty() && measure != Measure.LEVEL))) {
                name = new IndicatorName(ps.lastName, ps.lastNameStart, ps.lastNameEnd, 0.55);
            } else {
                return null;
            }
        }
        String indicator = NameCheck.clean(name.text());
        if (IndicatorLexicon.AGGREGATES.contains(indicator)
                && last != null
                && !last.text().equals(indicator)) {
            // 「新增高新技术企业126家，总数突破900家」: 高新技术企业总数
            String counted = last.text();
            for (String added : IndicatorLexicon.ADDITIONS) {
                if (counted.startsWith(added) && counted.length() - added.length() >= 2) {
                    counted = counted.substring(added.length());
                    break;
                }
            }
            indicator = counted + indicator;
        }
        if (NAMES.fragment(indicator)) {
            if (last == null || name.text().equals(last.text())) {
                return null; // 「国家高新区以0.1%的国土面积」: a clause fragment names no measure
            }
            indicator = last.text();
            name = last.at(0.6);
        }
        if (NAMES.projectAmount(indicator) || Spans.loose(indicator).isEmpty()) {
            return null; // 「某某项目，总投资12亿元」: one project's investment belongs to its project event
        }
        return new IndicatorName(indicator, name.start(), name.end(), name.confidence());
    }

    /** Adds the events of figure {@code f} named {@code name}: one, or one per subject and measure of a list (均). */
    private void emit(
            Statement st,
            ParagraphState ps,
            Figure f,
            Reading r,
            Measure measure,
            boolean fall,
            IndicatorName name,
            StatementScan scan,
            List<Drafts.Indicator> out) {
        String t = ctx.text();
        FigureValue value = FigureValue.of(f, measure, fall);
        Status status = StatusRule.STANDARD.status(t, st, f, name.text(), scan.markers);
        Period period =
                periods.of(st, ps, f.start(), scan.firstStock < f.start(), status == Status.ACTUAL, ps.ceremony);
        boolean nameInStatement = name.start() >= st.start();
        int quoteStart =
                Math.min(f.start(), nameInStatement ? name.start() : r.phrase().segment());
        int quoteEnd = Math.max(f.end(), nameInStatement ? name.end() : f.end());
        int clause = r.phrase().clause();
        List<String> names = OfAllItems.names(t, clause, r.phrase().connector(), r.connector(), name.text());
        if (names.size() > 1) {
            quoteStart = Math.min(quoteStart, Spans.trim(t, clause, r.phrase().connector())[0]);
        }
        int[] sentence = Spans.sentence(t, quoteStart, quoteEnd);
        String region = ctx.regionAt(st.start(), f.start());
        for (String each : names) {
            out.add(new Drafts.Indicator(
                    quoteStart,
                    quoteEnd,
                    sentence[0],
                    sentence[1],
                    region,
                    each,
                    measure,
                    value.value(),
                    value.upper(),
                    value.unit(),
                    value.normalized(),
                    f.qualifier(),
                    status,
                    period,
                    r.basis(),
                    names.size() > 1 ? 0.7 : name.confidence()));
        }
    }

    /** Removes restatements ({@link Restatements}). */
    static List<Drafts.Indicator> dedupe(List<Drafts.Indicator> in) {
        return Restatements.dedupe(in);
    }

    /** {@link Spans#sentence}, kept here for the project rules that call it by this name. */
    static int[] sentence(String t, int start, int end) {
        return Spans.sentence(t, start, end);
    }

    /** {@link Spans#indexOfIn}, kept here for the project rules that call it by this name. */
    static int indexOfIn(String t, String w, int from, int to) {
        return Spans.indexOfIn(t, w, from, to);
    }
}
