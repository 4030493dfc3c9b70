package zonepulse.extraction.internal.rules;

import java.util.List;
import zonepulse.extraction.internal.region.Places;

/**
 * The company a project name starts with: up to 有限公司, 集团 or 股份 (「某某集团新工厂」), else up to a descriptor word
 * (「智联芯片|研发中心」 before 研发) or a province or city (「宁德时代|四川基地」), else a short name without a facility head is the company itself. A name that
 * starts with a government body or a place names no company. Immutable.
 */
final class CompaniesRule {
    static final CompaniesRule STANDARD = new CompaniesRule();

    /** Words ending a company name inside a project name ({@code lexicon/company-suffixes.txt}: 集团, 股份). */
    private static final List<String> COMPANY_SUFFIXES =
            List.copyOf(zonepulse.extraction.internal.lexicon.Lexicons.words("company-suffixes.txt"));

    /** The longest company name read before a descriptor, and the longest bare name taken as a company. */
    private static final int MAX_COMPANY = 6;

    /** The companies {@code name} starts with (none or one). */
    List<String> of(String name) {
        String n = name.strip();
        int corp = n.indexOf("有限公司");
        if (corp > 0) {
            return List.of(n.substring(0, corp + 4));
        }
        if (Spans.endsWithAny(n, Lexicon.COMPANY_ENDINGS) && n.length() > 3) {
            return List.of(n); // 「超聚变科技公司签约落户」: the company itself
        }
        for (String suffix : COMPANY_SUFFIXES) {
            int i = n.indexOf(suffix);
            if (i >= 2) {
                return List.of(n.substring(0, i + suffix.length()));
            }
        }
        boolean facility = Spans.endsWithAny(n, Lexicon.FACILITY_HEADS);
        if (Lexicon.NOT_COMPANY_PREFIXES.longestAt(n, 0, n.length()) != null
                || facility && Lexicon.NAME_DESCRIPTORS.longestAt(n, 0, n.length()) != null) {
            return List.of(); // 「新能源汽车零部件项目」, 「动力电池二期项目」: no brand before the descriptor
        }
        for (int p = 2; p <= Math.min(MAX_COMPANY, n.length() - 1); p++) {
            if ((Lexicon.NAME_DESCRIPTORS.longestAt(n, p, n.length()) != null || cityOrProvinceAt(n, p))
                    && Spans.isHan(n.charAt(p - 1))) {
                return List.of(n.substring(0, p));
            }
        }
        if (n.length() <= MAX_COMPANY && !facility) {
            return List.of(n);
        }
        return List.of();
    }

    /** Whether a province or prefecture-level city is named at {@code p} (宁德时代|四川基地, 华为|东莞研发中心). */
    private static boolean cityOrProvinceAt(String n, int p) {
        var m = Places.standard().at(n, p, n.length());
        if (m == null) {
            return false;
        }
        for (Places.Place c : m.candidates()) {
            if (c.level() != Places.Level.COUNTY) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "CompaniesRule[…有限公司/集团/股份, <company><descriptor>…, or a short name without facility head]";
    }
}
