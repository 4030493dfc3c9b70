package zonepulse.extraction.internal.rules;

import java.util.List;
import java.util.Set;

/**
 * The final form of an indicator's name and whether it can stand: light verbs inside it are dropped (规模以上文化及相关
 * 产业单位实现收入 → …单位收入), stray punctuation trimmed, long names cut to their last 40 chars; a clause fragment
 * (国家高新区以, 项目中有) or one project's amount (总投资, 占地面积) names no zone indicator. Immutable.
 */
final class NameCheck {
    private final List<String> badEndings;
    private final Set<String> projectAmounts;
    private final List<String> singleSubjects;
    private final List<String> investmentWords;

    NameCheck(
            List<String> badEndings,
            Set<String> projectAmounts,
            List<String> singleSubjects,
            List<String> investmentWords) {
        this.badEndings = List.copyOf(badEndings);
        this.projectAmounts = Set.copyOf(projectAmounts);
        this.singleSubjects = List.copyOf(singleSubjects);
        this.investmentWords = List.copyOf(investmentWords);
    }

    static final NameCheck STANDARD = new NameCheck(
            IndicatorLexicon.BAD_ENDINGS,
            Set.copyOf(IndicatorLexicon.PROJECT_AMOUNTS),
            IndicatorLexicon.SINGLE_SUBJECTS,
            List.copyOf(zonepulse.extraction.internal.lexicon.Lexicons.words("investment-words.txt")));

    /** The name without light verbs and stray punctuation, at most 40 chars. */
    static String clean(String name) {
        String n = name.strip();
        for (String verb : IndicatorLexicon.INNER_VERBS) {
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

    /** Whether the name ends like a clause fragment (国家高新区以0.1%的国土面积). */
    boolean fragment(String name) {
        for (String w : badEndings) {
            if (name.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name is one project's amount (「某某项目，总投资12亿元」, 「公司计划总投资」, 「此次二期总投资」), which
     * belongs to its project event.
     */
    boolean projectAmount(String name) {
        if (projectAmounts.contains(name)) {
            return true;
        }
        boolean investment = false;
        for (String w : investmentWords) {
            investment |= name.endsWith(w);
        }
        if (!investment) {
            return false;
        }
        for (String s : singleSubjects) {
            if (name.contains(s)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "NameCheck[drops 实现/完成 inside; fragments end in " + badEndings + "; project amounts " + projectAmounts
                + ", or an investment of " + singleSubjects + "]";
    }
}
