package zonepulse.extraction.internal.rules;

import java.util.List;
import zonepulse.events.Qualifier;
import zonepulse.extraction.internal.number.Figure;
import zonepulse.extraction.internal.number.NumberScanner;
import zonepulse.extraction.internal.number.Unit;
import zonepulse.extraction.internal.text.Trie;

/** The {@link FigureFilter}s: each reason a figure is no indicator, one small immutable class each. */
final class FigureFilters {
    private FigureFilters() {}

    static final List<FigureFilter> STANDARD = List.of(
            new Quoted(),
            new BareMagnitude(),
            new ClassThreshold(Trie.ofWords(IndicatorLexicon.FOLLOW_STOPS)),
            new ThresholdBeforeNoun(),
            new Duration(),
            new ProjectOutcome(IndicatorLexicon.HYPOTHETICAL),
            new PlantCapacity(),
            new ThresholdOfNextFigure(),
            new Rank(),
            new Distance(),
            new SectionNumber(),
            new QualifiesAName(),
            new ChineseIdiom());

    /** Where the text after a figure goes on, past one space. */
    private static int after(String t, Figure f) {
        return f.end() < t.length() && t.charAt(f.end()) == ' ' ? f.end() + 1 : f.end();
    }

    /** 「百亿级」, 「500万元以上企业」: the figure is followed by 级 or ends in 以上 before a Han char. */
    private static boolean classWord(String t, Figure f) {
        return f.end() < t.length()
                && (t.charAt(f.end()) == '级' || t.startsWith("以上", f.end() - 2) && Spans.isHan(t.charAt(f.end())));
    }

    /** 「“十亿”工程」, 《…100条》: a figure inside quotes is part of a name. */
    static final class Quoted implements FigureFilter {
        @Override
        public boolean rejects(String t, Statement st, Figure f) {
            return st.insideQuotes(f.numberStart());
        }

        @Override
        public String toString() {
            return "Quoted[“…5…” is part of a name]";
        }
    }

    /** 「百万平米」, 「亿元以上项目」, 「百亿级项目」: an order of magnitude without a number names a class. */
    static final class BareMagnitude implements FigureFilter {
        @Override
        public boolean rejects(String t, Statement st, Figure f) {
            return f.bare() && (f.qualifier() == Qualifier.EXACT || classWord(t, f));
        }

        @Override
        public String toString() {
            return "BareMagnitude[百亿级, 亿元以上项目 name a class]";
        }
    }

    /** 「纳税500万元以上企业12家」: a threshold naming a class of things, not a figure. */
    static final class ClassThreshold implements FigureFilter {
        private final Trie<Boolean> followStops;

        ClassThreshold(Trie<Boolean> followStops) {
            this.followStops = followStops;
        }

        @Override
        public boolean rejects(String t, Statement st, Figure f) {
            return classWord(t, f)
                    && t.charAt(f.end()) != '级'
                    && f.unit().kind() != Unit.Kind.PERCENT
                    && !followStops.contains(t.substring(f.end(), f.end() + 1));
        }

        @Override
        public String toString() {
            return "ClassThreshold[500万元以上企业 is a class, not an amount]";
        }
    }

    /** 「连续6个月保持增长」: a duration. */
    static final class Duration implements FigureFilter {
        @Override
        public boolean rejects(String t, Statement st, Figure f) {
            return f.end() < t.length()
                    && t.charAt(f.end()) == '月'
                    && f.writtenUnit().equals("个");
        }

        @Override
        public String toString() {
            return "Duration[6个月 is a duration]";
        }
    }

    /** 「项目投产后年产值可达50亿元」: what one project will yield once built, not a zone's figure. */
    static final class ProjectOutcome implements FigureFilter {
        private final List<String> markers;

        ProjectOutcome(List<String> markers) {
            this.markers = List.copyOf(markers);
        }

        @Override
        public boolean rejects(String t, Statement st, Figure f) {
            int sentenceFrom = Math.max(st.start(), Spans.sentenceStart(t, f.start()));
            for (String w : markers) {
                if (Spans.indexOfIn(t, w, sentenceFrom, f.start()) >= 0) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return "ProjectOutcome[投产后… is one project's yield; markers=" + markers + "]";
        }
    }

    /** 「年产手术器械2万台」: a plant's capacity belongs to its project. */
    static final class PlantCapacity implements FigureFilter {
        @Override
        public boolean rejects(String t, Statement st, Figure f) {
            int clauseFrom = Spans.clauseStart(t, st.start(), f.start());
            int capacity =
                    Spans.indexOfIn(t, "年产", Math.max(clauseFrom, f.start() - 16), Math.min(t.length(), f.end() + 2));
            return capacity >= 0 && (capacity == 0 || !Character.isDigit(t.charAt(capacity - 1)));
        }

        @Override
        public String toString() {
            return "PlantCapacity[年产… is a plant's capacity]";
        }
    }

    /** 「超亿元185家」: an amount right before a number is a threshold naming the next figure. */
    static final class ThresholdOfNextFigure implements FigureFilter {
        @Override
        public boolean rejects(String t, Statement st, Figure f) {
            int after = after(t, f);
            return after < t.length() && Character.isDigit(t.charAt(after));
        }

        @Override
        public String toString() {
            return "ThresholdOfNextFigure[亿元185家: 亿元 qualifies 185家]";
        }
    }

    /** 「前10名」: a rank. */
    static final class Rank implements FigureFilter {
        @Override
        public boolean rejects(String t, Statement st, Figure f) {
            return f.numberStart() > 0 && t.charAt(f.numberStart() - 1) == '前';
        }

        @Override
        public String toString() {
            return "Rank[前10名 is a rank]";
        }
    }

    /** 「距机场30公里」: a distance, a length after 距 or 离. */
    static final class Distance implements FigureFilter {
        @Override
        public boolean rejects(String t, Statement st, Figure f) {
            if (f.unit().kind() != Unit.Kind.LENGTH) {
                return false;
            }
            String before = t.substring(Spans.clauseStart(t, st.start(), f.start()), f.start());
            return before.contains("距") || before.startsWith("离");
        }

        @Override
        public String toString() {
            return "Distance[距…30公里 is a distance]";
        }
    }

    /** 「4人口」, 「1建制沿革」: a section number glued to its heading on a short line. */
    static final class SectionNumber implements FigureFilter {
        @Override
        public boolean rejects(String t, Statement st, Figure f) {
            int lineStart = f.numberStart();
            int lineEnd = lineStart;
            while (lineEnd < t.length() && lineEnd - lineStart <= 12 && t.charAt(lineEnd) != '\n') {
                lineEnd++;
            }
            return (lineStart == 0 || t.charAt(lineStart - 1) == '\n')
                    && lineEnd - lineStart <= 12
                    && f.unit().kind() == Unit.Kind.COUNT
                    && !f.chinese();
        }

        @Override
        public String toString() {
            return "SectionNumber[4人口 on a short line is a heading]";
        }
    }

    /** 「核心区60平方公里范围内」, 「500米服务半径覆盖率」: a figure that qualifies another name. */
    static final class QualifiesAName implements FigureFilter {
        @Override
        public boolean rejects(String t, Statement st, Figure f) {
            return t.startsWith("范围", f.end())
                    || t.startsWith("以内", f.end())
                    || t.startsWith("半径", f.end())
                    || t.startsWith("服务半径", f.end());
        }

        @Override
        public String toString() {
            return "QualifiesAName[60平方公里范围内, 500米服务半径 qualify a name]";
        }
    }

    /**
     * 「工信部五所等」, 「六位一体」: a Chinese count followed by 等 or a numeral is part of a name or an idiom; 「两个维护」,
     * 「一张执照」: a small Chinese count is an idiom unless it totals a list before it (甲、乙两个园区).
     */
    static final class ChineseIdiom implements FigureFilter {
        @Override
        public boolean rejects(String t, Statement st, Figure f) {
            if (!f.chinese() || f.unit().kind() != Unit.Kind.COUNT || f.bare()) {
                return false;
            }
            int after = after(t, f);
            if (after < t.length() && (t.charAt(after) == '等' || NumberScanner.isChineseNumeral(t.charAt(after)))) {
                return true;
            }
            if (f.value() < 10 && f.magnitude().isEmpty()) {
                String list = t.substring(Spans.clauseStart(t, st.start(), f.start()), f.start());
                return !(f.value() >= 2 && list.indexOf('、') >= 0);
            }
            return false;
        }

        @Override
        public String toString() {
            return "ChineseIdiom[六位一体, 两个维护 are idioms, 甲、乙两个 a total]";
        }
    }

    /**
     * 「超千万美元的高水平项目」, 「10亿元以上的项目有5个」: an amount stated as a lower bound and followed by 的 and a noun
     * describes what the noun counts, it is no figure of its own.
     */
    static final class ThresholdBeforeNoun implements FigureFilter {
        @Override
        public boolean rejects(String t, Statement st, Figure f) {
            if (f.qualifier() != Qualifier.OVER && f.qualifier() != Qualifier.AT_LEAST
                    || f.unit().kind() == Unit.Kind.PERCENT
                    || f.unit().kind() == Unit.Kind.POINTS
                    || f.unit().kind() == Unit.Kind.COUNT) {
                return false;
            }
            int i = after(t, f);
            if (t.startsWith("以上", i)) {
                i += 2;
            }
            if (i + 1 < t.length() && t.charAt(i) == '的' && Spans.isHan(t.charAt(i + 1))) {
                return true;
            }
            // 「其中超10亿元项目9个」: a bound of the class whose count follows
            for (String noun : Lexicon.LIST_CLASS_WORDS) {
                if (noun.length() > 1 && t.startsWith(noun, i)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return "ThresholdBeforeNoun[超千万美元的项目, 超10亿元项目: a lower bound describing a noun]";
        }
    }
}
