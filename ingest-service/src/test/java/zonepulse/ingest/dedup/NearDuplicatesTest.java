package zonepulse.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import zonepulse.extraction.Fingerprint;

/** Near-duplicate clustering with the one fingerprint of zonepulse ({@link Fingerprint}). */
class NearDuplicatesTest {
    private static final String STORY = "北京经开区公布了今年1-8月份经济发展数据，规模以上工业总产值达3713.4亿元，同比去年增长31.9%，两年平均增长19.1%。"
            + "其中，高技术制造业实现产值1580.6亿元，同比增长56.2%，占全区规上工业总产值的比重达到42.6%。"
            + "战略性新兴产业实现产值1990.2亿元，同比增长45.3%。固定资产投资同比增长12.4%，其中工业投资增长23.5%。"
            + "经开区相关负责人表示，下一步将继续围绕四大主导产业，加快重大项目落地，推动产业链上下游协同发展。"
            + "今年以来，经开区累计签约项目86个，总投资超过900亿元，其中先进制造业项目占比超过六成，一批龙头企业的重大项目相继落地开工。"
            + "智飞绿竹生物制药产业化基地项目已开工建设，项目总投资近16.2亿元，建成后将形成年产多种疫苗的生产能力，达产后年产值可达百亿元。"
            + "与此同时，经开区持续优化营商环境，推出企业服务包制度，为重点企业提供一对一服务，帮助企业解决用工、融资、用地等方面的困难。";

    @Test
    void markupSpacingAndPunctuationDoNotChangeTheFingerprint() {
        long plain = Fingerprint.simHash(NearDuplicates.textOf(STORY, false));
        long html = Fingerprint.simHash(
                NearDuplicates.textOf("<div><p>" + STORY.replace("。", "。</p><p> ") + "</p></div>", true));

        assertThat(Fingerprint.distance(plain, html)).isZero();
    }

    @Test
    void theSameStoryWithOtherBoilerplateIsNearAndAnotherStoryIsFar() {
        long a = Fingerprint.simHash(NearDuplicates.textOf("来源：新浪财经 " + STORY + " 责任编辑：王五", false));
        long b = Fingerprint.simHash(NearDuplicates.textOf("【人民网】" + STORY + "（记者 张三）", false));
        long other = Fingerprint.simHash(NearDuplicates.textOf(
                "合肥高新区与某公司签约，总投资50亿元的集成电路项目落地，项目将于明年开工建设，预计三年内投产，达产后年产值可达百亿元，带动就业两千人。"
                        + "高新区今年以来新签约亿元以上项目42个，协议总投资超过600亿元，其中先进制造业项目占比超过七成。",
                false));

        assertThat(Fingerprint.distance(a, b)).isLessThanOrEqualTo(6);
        assertThat(Fingerprint.distance(a, other)).isGreaterThan(10);
    }

    @Test
    void theIndexFindsTheClosestEarlierArticleAndKeepsClustersAcrossVersions() {
        NearDuplicateIndex index = new NearDuplicateIndex(3, 10);
        long f = 0x0123456789abcdefL;

        NearDuplicateIndex.Match first = index.assign("a", f);
        NearDuplicateIndex.Match copy = index.assign("b", f ^ 0b101L);
        NearDuplicateIndex.Match far = index.assign("c", ~f);
        NearDuplicateIndex.Match newVersionOfA = index.assign("a", f ^ (1L << 40));

        assertThat(first.clusterId()).isEqualTo("a");
        assertThat(first.isDuplicate()).isFalse();
        assertThat(copy.clusterId()).isEqualTo("a");
        assertThat(copy.duplicateOf()).isEqualTo("a");
        assertThat(copy.distance()).isEqualTo(2);
        assertThat(far.clusterId()).isEqualTo("c");
        assertThat(newVersionOfA.clusterId()).isEqualTo("a");
        assertThat(newVersionOfA.duplicateOf()).isEqualTo("b");
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void clustersSurviveARestartThroughTheStore() {
        java.util.Map<String, FingerprintStore.Stored> saved = new java.util.LinkedHashMap<>();
        FingerprintStore store = new FingerprintStore() {
            @Override
            public void save(java.util.List<Stored> fingerprints, java.time.Instant at) {
                for (Stored fingerprint : fingerprints) {
                    saved.remove(fingerprint.articleId());
                    saved.put(fingerprint.articleId(), fingerprint);
                }
            }

            @Override
            public java.util.List<Stored> recent(int limit) {
                java.util.List<Stored> newestFirst = new java.util.ArrayList<>(saved.values());
                java.util.Collections.reverse(newestFirst);
                return newestFirst.subList(0, Math.min(limit, newestFirst.size()));
            }
        };
        DedupProperties properties = new DedupProperties(true, 6, 20, 100);
        new NearDuplicates(properties, store, java.time.Clock.systemUTC()).assign("first", "来源：新浪财经 " + STORY, false);

        NearDuplicates afterRestart = new NearDuplicates(properties, store, java.time.Clock.systemUTC());
        NearDuplicateIndex.Match copy =
                afterRestart.assign("copy", "【人民网】" + STORY + "（记者 张三）", false).orElseThrow();

        assertThat(copy.clusterId()).isEqualTo("first");
        assertThat(copy.duplicateOf()).isEqualTo("first");
    }

    /** A group published together is clustered in its order, and its fingerprints saved in one write. */
    @Test
    void aListIsAssignedInItsOrderAndSavedInOneWrite() {
        java.util.List<java.util.List<FingerprintStore.Stored>> writes = new java.util.ArrayList<>();
        FingerprintStore store = new FingerprintStore() {
            @Override
            public void save(java.util.List<Stored> fingerprints, java.time.Instant at) {
                writes.add(java.util.List.copyOf(fingerprints));
            }

            @Override
            public java.util.List<Stored> recent(int limit) {
                return java.util.List.of();
            }
        };
        NearDuplicates nearDuplicates =
                new NearDuplicates(new DedupProperties(true, 6, 20, 100), store, java.time.Clock.systemUTC());

        java.util.List<java.util.Optional<NearDuplicateIndex.Match>> matches = nearDuplicates.assign(java.util.List.of(
                new NearDuplicates.Text("first", "来源：新浪财经 " + STORY, false),
                new NearDuplicates.Text("short", "太短", false),
                new NearDuplicates.Text("copy", "<p>【人民网】" + STORY + "（记者 张三）</p>", true)));

        assertThat(matches.get(0))
                .hasValueSatisfying(m -> assertThat(m.isDuplicate()).isFalse());
        assertThat(matches.get(1)).as("too short to fingerprint").isEmpty();
        assertThat(matches.get(2)).hasValueSatisfying(m -> {
            assertThat(m.clusterId()).isEqualTo("first");
            assertThat(m.duplicateOf()).isEqualTo("first");
        });
        assertThat(writes)
                .singleElement()
                .satisfies(write -> assertThat(write)
                        .extracting(FingerprintStore.Stored::articleId)
                        .containsExactly("first", "copy"));
    }

    @Test
    void theIndexForgetsTheOldestBeyondItsCapacity() {
        NearDuplicateIndex index = new NearDuplicateIndex(3, 2);
        index.assign("a", 0xffffL);
        index.assign("b", 0xffffL << 16);
        index.assign("c", 0xffffL << 32);

        assertThat(index.size()).isEqualTo(2);
        assertThat(index.clusterOf("a")).isEmpty();
        assertThat(index.assign("d", 0xffffL).isDuplicate()).isFalse();
    }
}
