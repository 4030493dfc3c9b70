package zonepulse.extraction.internal.rules;

import java.util.List;

/**
 * What the words joining a name to its figure (达, 同比增长, 环比下降, 占…的, 分别, 均) say about the measure: a growth
 * unless they end in 至/到 (增长至 states a level), a fall, month on month, a share, a list said respectively, one figure
 * said of all. Immutable.
 */
final class Connector {
    private final List<String> growthWords;
    private final List<String> fallWords;

    Connector(List<String> growthWords, List<String> fallWords) {
        this.growthWords = List.copyOf(growthWords);
        this.fallWords = List.copyOf(fallWords);
    }

    static final Connector STANDARD = new Connector(IndicatorLexicon.GROWTH, IndicatorLexicon.FALLS);

    /** 同比增长, 提高: a change, not 增长至 (a level reached); but a rate that reaches a value (增速回落至) is a change. */
    boolean growth(String connector) {
        return rate(connector) != null
                || Spans.containsAny(connector, growthWords) && !connector.endsWith("至") && !connector.endsWith("到");
    }

    /** 同比下降, 回落: a change downwards; of a rate, only a rate of decline (降幅收窄至3.2%), whatever it did. */
    boolean fall(String connector) {
        String rate = rate(connector);
        if (rate != null) {
            return rate.equals("降幅");
        }
        return growth(connector) && Spans.containsAny(connector, fallWords);
    }

    /** Words naming the rate of a change: a value they reach is that rate (增速回落至6.8%: a growth of 6.8 %). */
    private static final List<String> RATES = List.of("增速", "增幅", "增长率", "涨幅", "降幅");

    /** The rate word of a connector that ends in reaching a value (增速回落至, 降幅收窄到), or null. */
    private static String rate(String connector) {
        if (!connector.endsWith("至") && !connector.endsWith("到")) {
            return null;
        }
        for (String rate : RATES) {
            if (connector.contains(rate)) {
                return rate;
            }
        }
        return null;
    }

    /** 环比增长. */
    static boolean monthOnMonth(String connector) {
        return connector.contains("环比");
    }

    /** 占全市的, 比重为. */
    static boolean share(String connector) {
        return connector.contains("占") || connector.contains("比重");
    }

    /** 「集成电路、新材料产值分别增长24.9%和28.3%」. */
    static boolean respectively(String connector) {
        return connector.contains("分别");
    }

    /** 「复工率、到岗率均达到100%」: one figure said of all the items before. */
    static boolean ofAll(String connector) {
        return connector.contains("均") || connector.contains("都") || connector.contains("全部");
    }

    /** 同口径: compared on a like-for-like basis. */
    static boolean sameBasis(String connector) {
        return connector.contains("同口径");
    }

    @Override
    public String toString() {
        return "Connector[growth=" + growthWords + ", falls=" + fallWords + "; 至/到 ends a level, 环比, 占, 分别, 均]";
    }
}
