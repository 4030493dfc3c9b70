package zonepulse.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.deploy.Overlays.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import zonepulse.events.Topics;

/** Kafka topics and users, autoscaling, network policies, alerts and the dashboard, as deployed. */
class PlatformResourcesTest {
    private static final String PROD = "prod";

    /** The meters the services' *ObservabilityIT tests find on /actuator/prometheus. */
    private static final Set<String> METRICS = Set.of(
            "zonepulse_ingest_articles_total",
            "zonepulse_extract_articles_total",
            "zonepulse_extract_events_total",
            "zonepulse_extract_duration_seconds_bucket",
            "zonepulse_dlq_writes_total",
            "zonepulse_store_writes_total",
            "zonepulse_store_write_latency_seconds_bucket",
            "resilience4j_circuitbreaker_state",
            "spring_cloud_stream_binder_kafka_offset");

    /** What each service reads and writes, as its configuration binds it. */
    private static final Map<String, List<String>> READS = Map.of(
            "extract-service", List.of(Topics.ARTICLES_RAW),
            "store-service", List.of(Topics.ARTICLES_EXTRACTED, Topics.EVENTS_INDICATORS, Topics.EVENTS_PROJECTS));

    private static final Map<String, List<String>> WRITES = Map.of(
            "ingest-service", List.of(Topics.ARTICLES_RAW),
            "extract-service",
                    List.of(
                            Topics.ARTICLES_EXTRACTED,
                            Topics.EVENTS_INDICATORS,
                            Topics.EVENTS_PROJECTS,
                            Topics.ARTICLES_RAW_DLQ),
            "store-service",
                    List.of(
                            Topics.dlqOf(Topics.ARTICLES_EXTRACTED),
                            Topics.dlqOf(Topics.EVENTS_INDICATORS),
                            Topics.dlqOf(Topics.EVENTS_PROJECTS)));

    private static Map<String, Object> topic(String name) {
        return Overlays.ofKind(PROD, "KafkaTopic").stream()
                .filter(t -> name.equals(at(t, "spec", "topicName")) || name.equals(Overlays.name(t)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no KafkaTopic for " + name));
    }

    @Test
    void everyTopicAndDeadLetterTopicIsDeclaredReplicatedThreeTimes() {
        List<String> expected = new ArrayList<>();
        for (String t : List.of(
                Topics.ARTICLES_RAW, Topics.ARTICLES_EXTRACTED, Topics.EVENTS_INDICATORS, Topics.EVENTS_PROJECTS)) {
            expected.add(t);
            expected.add(Topics.dlqOf(t));
        }
        assertThat(expected).containsAll(Topics.ALL);
        for (String name : expected) {
            Map<String, Object> topic = topic(name);
            assertThat(((Number) at(topic, "spec", "replicas")).intValue())
                    .as(name)
                    .isEqualTo(3);
            assertThat(((Number) at(topic, "spec", "partitions")).intValue())
                    .as(name)
                    .isPositive();
            Map<String, Object> config = at(topic, "spec", "config");
            assertThat(String.valueOf(config.get("min.insync.replicas")))
                    .as(name)
                    .isEqualTo("2");
            String policy = String.valueOf(config.get("cleanup.policy"));
            assertThat(policy.contains("compact") || config.containsKey("retention.ms"))
                    .as("%s is compacted or has a retention", name)
                    .isTrue();
            assertThat(Overlays.<String>at(topic, "metadata", "labels", "strimzi.io/cluster"))
                    .isNotBlank();
        }
        assertThat(String.valueOf(
                        Overlays.<Object>at(topic(Topics.ARTICLES_EXTRACTED), "spec", "config", "cleanup.policy")))
                .as("keyed state: each article's latest extraction")
                .isEqualTo("compact");
    }

    /**
     * The KafkaTopics carry the contract's configuration ({@link Topics#CONFIGS}, which the embedded stack creates its
     * topics with), plus the cluster's own {@code min.insync.replicas}: the raw topic compacted with no retention.
     */
    @Test
    void everyKafkaTopicCarriesTheContractsTopicConfiguration() {
        for (String name : Topics.ALL) {
            Map<String, Object> config = at(topic(name), "spec", "config");
            Map<String, String> declared = new java.util.HashMap<>();
            config.forEach((key, value) -> declared.put(key, String.valueOf(value)));
            declared.remove("min.insync.replicas");
            assertThat(declared).as(name).isEqualTo(Topics.configOf(name));
        }
        Map<String, Object> raw = at(topic(Topics.ARTICLES_RAW), "spec", "config");
        assertThat(raw).containsEntry("cleanup.policy", "compact").doesNotContainKey("retention.ms");
    }

    @Test
    void eachServiceHasAKafkaUserAllowedExactlyItsReadsWritesAndGroup() {
        for (Map<String, Object> deployment : Overlays.ofKind(PROD, "Deployment")) {
            String service = Overlays.name(deployment);
            Map<String, Object> user = Overlays.ofKind(PROD, "KafkaUser").stream()
                    .filter(u -> service.equals(Overlays.name(u)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no KafkaUser for " + service));
            assertThat(Overlays.<String>at(user, "spec", "authentication", "type"))
                    .isEqualTo("scram-sha-512");
            List<Map<String, Object>> acls = at(user, "spec", "authorization", "acls");
            Set<String> topicReads = new HashSet<>();
            Set<String> topicWrites = new HashSet<>();
            Set<String> groups = new HashSet<>();
            for (Map<String, Object> acl : acls) {
                String type = at(acl, "resource", "type");
                String name = at(acl, "resource", "name");
                List<String> operations = at(acl, "operations");
                assertThat(operations).as("%s: no All", service).doesNotContain("All");
                assertThat(name).as("%s: no wildcard", service).isNotEqualTo("*");
                switch (type) {
                    case "topic" -> {
                        if (operations.contains("Read")) topicReads.add(name);
                        if (operations.contains("Write")) topicWrites.add(name);
                    }
                    case "group" -> groups.add(name);
                    case "transactionalId" -> assertThat(service).isEqualTo("extract-service");
                    default -> throw new AssertionError(service + ": unexpected ACL resource " + type);
                }
            }
            assertThat(topicReads)
                    .as(service + " reads")
                    .containsExactlyInAnyOrderElementsOf(READS.getOrDefault(service, List.of()));
            assertThat(topicWrites).as(service + " writes").containsExactlyInAnyOrderElementsOf(WRITES.get(service));
            assertThat(groups)
                    .as(service + " group")
                    .isEqualTo(READS.containsKey(service) ? Set.of(service) : Set.of());
        }
    }

    @Test
    void consumersScaleOnLagUpToThePartitionCount() {
        for (String overlay : Overlays.names().toList()) {
            for (Map.Entry<String, List<String>> reads : READS.entrySet()) {
                String service = reads.getKey();
                Map<String, Object> scaled = Overlays.ofKind(overlay, "ScaledObject").stream()
                        .filter(s -> service.equals(at(s, "spec", "scaleTargetRef", "name")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(overlay + ": no ScaledObject for " + service));
                int partitions = reads.getValue().stream()
                        .mapToInt(t -> ((Number) at(topic(t), "spec", "partitions")).intValue())
                        .min()
                        .orElseThrow();
                assertThat(((Number) at(scaled, "spec", "maxReplicaCount")).intValue())
                        .as("%s %s replicas capped at %d partitions", overlay, service, partitions)
                        .isLessThanOrEqualTo(partitions);
                List<Map<String, Object>> triggers = at(scaled, "spec", "triggers");
                assertThat(triggers).singleElement().satisfies(t -> {
                    assertThat(t.get("type")).isEqualTo("kafka");
                    assertThat(Overlays.<String>at(t, "metadata", "consumerGroup"))
                            .isEqualTo(service);
                    assertThat(Overlays.<String>at(t, "metadata", "allowIdleConsumers"))
                            .isEqualTo("false");
                });
            }
        }
    }

    @Test
    void networkPoliciesDenyByDefaultAndKeepIngestOffPrivateRanges() {
        List<Map<String, Object>> policies = Overlays.ofKind(PROD, "NetworkPolicy");
        assertThat(policies).anySatisfy(p -> {
            assertThat(Overlays.<Map<String, Object>>at(p, "spec", "podSelector"))
                    .isEmpty();
            assertThat(Overlays.<List<String>>at(p, "spec", "policyTypes"))
                    .containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(Overlays.<Object>at(p, "spec", "ingress")).isNull();
            assertThat(Overlays.<Object>at(p, "spec", "egress")).isNull();
        });
        Map<String, Object> internet = policies.stream()
                .filter(p ->
                        "ingest-service".equals(at(p, "spec", "podSelector", "matchLabels", "app.kubernetes.io/name")))
                .findFirst()
                .orElseThrow();
        List<Map<String, Object>> egress = at(internet, "spec", "egress");
        List<String> excepted = egress.stream()
                .flatMap(e -> Overlays.<List<Map<String, Object>>>at(e, "to").stream())
                .filter(to -> "0.0.0.0/0".equals(at(to, "ipBlock", "cidr")))
                .flatMap(to -> Overlays.<List<String>>at(to, "ipBlock", "except").stream())
                .toList();
        assertThat(excepted).contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16");
    }

    @Test
    void thePrometheusRuleIsTheComposeRuleFileAndAlertsOnWhatTheIssueNames() throws IOException {
        Map<String, Object> file =
                new Yaml().load(Files.readString(Repository.path("deploy/prometheus/zonepulse-rules.yml")));
        Map<String, Object> rule = Overlays.ofKind(PROD, "PrometheusRule").get(0);
        assertThat(Overlays.<Object>at(rule, "spec", "groups")).isEqualTo(file.get("groups"));
        List<Map<String, Object>> rules = at(((List<Map<String, Object>>) file.get("groups")).get(0), "rules");
        assertThat(rules)
                .extracting(r -> r.get("alert"))
                .containsExactlyInAnyOrder(
                        "ZonepulseConsumerLagHigh",
                        "ZonepulseDeadLetterWrites",
                        "ZonepulseFailureRatioHigh",
                        "ZonepulseCircuitBreakerOpen");
        assertThat(rules)
                .filteredOn(r -> "ZonepulseConsumerLagHigh".equals(r.get("alert")))
                .singleElement()
                .satisfies(r -> assertThat(r.get("for")).isEqualTo("10m"));
        assertThat(rules)
                .filteredOn(r -> "ZonepulseCircuitBreakerOpen".equals(r.get("alert")))
                .singleElement()
                .satisfies(r -> assertThat(r.get("for")).isEqualTo("5m"));
        assertThat(metricsIn(rules.stream().map(r -> (String) r.get("expr")).collect(Collectors.joining("\n"))))
                .isSubsetOf(METRICS);
    }

    @Test
    void theDashboardShowsEachStageFromMetricsTheServicesExport() throws IOException {
        JsonNode dashboard = JsonMapper.builder()
                .build()
                .readTree(Repository.path("deploy/grafana/zonepulse-dashboard.json")
                        .toFile());
        List<String> titles = new ArrayList<>();
        StringBuilder exprs = new StringBuilder();
        for (JsonNode panel : dashboard.get("panels")) {
            titles.add(panel.get("title").asText());
            for (JsonNode target : panel.get("targets")) {
                exprs.append(target.get("expr").asText()).append('\n');
            }
        }
        assertThat(titles)
                .contains(
                        "Throughput per stage",
                        "Consumer lag",
                        "Dead-letter writes",
                        "Extraction latency per article",
                        "Events extracted per type",
                        "Store write latency",
                        "Circuit breaker states");
        assertThat(metricsIn(exprs.toString())).isSubsetOf(METRICS).contains("spring_cloud_stream_binder_kafka_offset");
    }

    private static Set<String> metricsIn(String promql) {
        Set<String> names = new HashSet<>();
        Matcher m = Pattern.compile("\\b((?:zonepulse|resilience4j|spring_cloud_stream)_[a-z0-9_]+)")
                .matcher(promql);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
