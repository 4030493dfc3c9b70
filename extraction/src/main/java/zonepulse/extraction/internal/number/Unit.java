package zonepulse.extraction.internal.number;

import java.util.List;
import zonepulse.extraction.internal.text.Trie;

/**
 * A unit as the text writes it, with the dimension it measures and its factor to the dimension's base unit.
 *
 * @param written the unit in its simplified written form (亿元 is magnitude 亿 + 元; this is 元)
 * @param kind what it measures
 * @param base the base unit of normalised quantities (元, %, 平方米, 米, 吨, or the classifier itself)
 * @param factor base units per written unit
 */
public record Unit(String written, Kind kind, String base, double factor) {

    /** What a unit measures; {@link #COUNT} units are classifiers (个, 家, 项 …). */
    public enum Kind {
        MONEY,
        PERCENT,
        POINTS,
        TIMES,
        TENTHS,
        COUNT,
        AREA,
        LENGTH,
        WEIGHT,
        ENERGY,
        CONCENTRATION,
        OTHER
    }

    private static final List<Unit> ALL = List.of(
            new Unit("元", Kind.MONEY, "元", 1),
            new Unit("元人民币", Kind.MONEY, "元", 1),
            new Unit("人民币", Kind.MONEY, "元", 1),
            new Unit("美元", Kind.MONEY, "美元", 1),
            new Unit("欧元", Kind.MONEY, "欧元", 1),
            new Unit("港元", Kind.MONEY, "港元", 1),
            new Unit("日元", Kind.MONEY, "日元", 1),
            new Unit("%", Kind.PERCENT, "%", 1),
            new Unit("个百分点", Kind.POINTS, "个百分点", 1),
            new Unit("百分点", Kind.POINTS, "个百分点", 1),
            new Unit("倍", Kind.TIMES, "倍", 1),
            new Unit("成", Kind.TENTHS, "%", 10),
            new Unit("平方公里", Kind.AREA, "平方米", 1e6),
            new Unit("平方千米", Kind.AREA, "平方米", 1e6),
            new Unit("平方米", Kind.AREA, "平方米", 1),
            new Unit("平米", Kind.AREA, "平方米", 1),
            new Unit("公顷", Kind.AREA, "平方米", 1e4),
            new Unit("亩", Kind.AREA, "平方米", 10000.0 / 15),
            new Unit("公里", Kind.LENGTH, "米", 1000),
            new Unit("千米", Kind.LENGTH, "米", 1000),
            new Unit("米", Kind.LENGTH, "米", 1),
            new Unit("吨", Kind.WEIGHT, "吨", 1),
            new Unit("千克", Kind.WEIGHT, "吨", 0.001),
            new Unit("公斤", Kind.WEIGHT, "吨", 0.001),
            new Unit("千瓦时", Kind.ENERGY, "千瓦时", 1),
            new Unit("度", Kind.ENERGY, "千瓦时", 1),
            new Unit("千瓦", Kind.OTHER, "千瓦", 1),
            new Unit("兆瓦", Kind.OTHER, "千瓦", 1000),
            new Unit("标准箱", Kind.OTHER, "标准箱", 1),
            new Unit("标箱", Kind.OTHER, "标准箱", 1),
            new Unit("微克/立方米", Kind.CONCENTRATION, "微克/立方米", 1),
            new Unit("微克每立方米", Kind.CONCENTRATION, "微克/立方米", 1),
            new Unit("立方米", Kind.OTHER, "立方米", 1),
            new Unit("人次", Kind.COUNT, "人次", 1),
            new Unit("场次", Kind.COUNT, "场次", 1),
            new Unit("人", Kind.COUNT, "人", 1),
            new Unit("名", Kind.COUNT, "人", 1),
            new Unit("位", Kind.COUNT, "人", 1),
            new Unit("家", Kind.COUNT, "家", 1),
            new Unit("个", Kind.COUNT, "个", 1),
            new Unit("项", Kind.COUNT, "项", 1),
            new Unit("件", Kind.COUNT, "件", 1),
            new Unit("所", Kind.COUNT, "所", 1),
            new Unit("套", Kind.COUNT, "套", 1),
            new Unit("台", Kind.COUNT, "台", 1),
            new Unit("辆", Kind.COUNT, "辆", 1),
            new Unit("座", Kind.COUNT, "座", 1),
            new Unit("条", Kind.COUNT, "条", 1),
            new Unit("户", Kind.COUNT, "户", 1),
            new Unit("张", Kind.COUNT, "张", 1),
            new Unit("场", Kind.COUNT, "场", 1),
            new Unit("处", Kind.COUNT, "处", 1),
            new Unit("册", Kind.COUNT, "册", 1),
            new Unit("栋", Kind.COUNT, "栋", 1),
            new Unit("幢", Kind.COUNT, "幢", 1),
            new Unit("艘", Kind.COUNT, "艘", 1),
            new Unit("架", Kind.COUNT, "架", 1),
            new Unit("款", Kind.COUNT, "款", 1),
            new Unit("宗", Kind.COUNT, "宗", 1),
            new Unit("笔", Kind.COUNT, "笔", 1),
            new Unit("例", Kind.COUNT, "例", 1),
            new Unit("株", Kind.COUNT, "株", 1),
            new Unit("间", Kind.COUNT, "间", 1),
            new Unit("批", Kind.COUNT, "批", 1));

    /** Every unit, by its written form; matched longest-first. */
    public static final Trie<Unit> LEXICON = build();

    private static Trie<Unit> build() {
        Trie<Unit> trie = new Trie<>();
        for (Unit u : ALL) {
            trie.put(u.written, u);
        }
        return trie;
    }

    /** The unit as a figure's {@code unit} field writes it: 微克每立方米 and 平米 in their simplified forms. */
    public String simplified() {
        return switch (written) {
            case "微克每立方米" -> "微克/立方米";
            case "平米" -> "平方米";
            case "百分点" -> "个百分点";
            case "元人民币", "人民币" -> "元";
            default -> written;
        };
    }
}
