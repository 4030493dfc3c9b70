package zonepulse.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.deploy.Overlays.at;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the services' Dockerfiles, read as files (CI also runs {@code docker-compose config} on the
 * compose file; no Docker engine runs here to build or start anything).
 */
class ComposeAndImagesTest {
    private static final List<String> SERVICES = List.of("ingest-service", "extract-service", "store-service");

    private static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(Repository.path("docker-compose.yml")));
    }

    /** The management port a service's own configuration file defaults to. */
    private static String managementPort(String service) throws IOException {
        String yml = Files.readString(Repository.path(service + "/src/main/resources/" + service + ".yml"));
        Matcher m = Pattern.compile("\\$\\{MANAGEMENT_SERVER_PORT:(\\d+)}").matcher(yml);
        assertThat(m.find()).as("%s.yml sets management.server.port", service).isTrue();
        return m.group(1);
    }

    @Test
    void composeRunsTheWholePipelineWithHealthchecksAndOrderedStart() throws IOException {
        Map<String, Map<String, Object>> services = at(compose(), "services");
        assertThat(services)
                .containsKeys("kafka", "mongo", "prometheus", "grafana")
                .containsKeys(SERVICES.toArray(String[]::new));
        for (Map.Entry<String, Map<String, Object>> service : services.entrySet()) {
            Map<String, Object> s = service.getValue();
            if (s.containsKey("healthcheck")) {
                assertThat(Overlays.<Object>at(s, "healthcheck", "test")).isNotNull();
            } else {
                assertThat(service.getKey())
                        .as("only one-shot jobs lack a healthcheck")
                        .isEqualTo("kafka-topics");
            }
            Map<String, Map<String, Object>> dependsOn = at(s, "depends_on");
            if (dependsOn != null) {
                dependsOn.forEach((on, how) -> assertThat(how.get("condition"))
                        .as("%s waits for %s", service.getKey(), on)
                        .isIn("service_healthy", "service_completed_successfully"));
            }
        }
        for (String name : SERVICES) {
            Map<String, Object> s = services.get(name);
            assertThat(Overlays.<String>at(s, "build", "dockerfile")).isEqualTo(name + "/Dockerfile");
            assertThat(String.valueOf(Overlays.<Object>at(s, "healthcheck", "test")))
                    .contains("/actuator/health/readiness")
                    .contains(managementPort(name));
            assertThat(s.get("read_only")).isEqualTo(true);
            assertThat(s).containsKey("depends_on");
        }
        assertThat(String.valueOf(Overlays.<Object>at(services.get("kafka"), "environment", "KAFKA_PROCESS_ROLES")))
                .contains("controller");
        assertThat(String.valueOf(Overlays.<Object>at(services.get("mongo"), "command")))
                .contains("--replSet");
        assertThat(Overlays.<Map<String, Object>>at(compose(), "volumes")).containsKeys("kafka-data", "mongo-data");
        assertThat(String.valueOf(Overlays.<Object>at(services.get("grafana"), "volumes")))
                .contains("./deploy/grafana");
    }

    /** Each topic's line in the kafka-topics job: {@code topic NAME key=value,key=value}. */
    @Test
    void composeCreatesEveryTopicWithItsContractConfiguration() throws IOException {
        Map<String, Map<String, Object>> services = at(compose(), "services");
        String script = String.valueOf(Overlays.<List<Object>>at(services.get("kafka-topics"), "command")
                .get(0));
        Map<String, Map<String, String>> declared = new java.util.HashMap<>();
        Matcher line = Pattern.compile("(?m)^\\s*topic (\\S+) (\\S+)$").matcher(script);
        while (line.find()) {
            Map<String, String> config = new java.util.HashMap<>();
            for (String setting : line.group(2).split(",")) {
                String[] kv = setting.split("=", 2);
                config.put(kv[0], kv[1]);
            }
            declared.put(line.group(1), config);
        }
        assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(zonepulse.events.Topics.ALL);
        for (String topic : zonepulse.events.Topics.ALL) {
            assertThat(declared.get(topic)).as(topic).isEqualTo(zonepulse.events.Topics.configOf(topic));
        }
        assertThat(declared.get(zonepulse.events.Topics.ARTICLES_RAW)).containsEntry("cleanup.policy", "compact");
    }

    @Test
    void prometheusOfComposeScrapesEveryManagementPort() throws IOException {
        String config = Files.readString(Repository.path("deploy/compose/prometheus.yml"));
        for (String service : SERVICES) {
            assertThat(config).contains(service + ":" + managementPort(service));
        }
        assertThat(config).contains("/actuator/prometheus");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "extract-service", "store-service"})
    void imagesAreMultiStageLayeredNonRootAndSizedFromTheContainer(String service) throws IOException {
        String dockerfile = Files.readString(Repository.path(service + "/Dockerfile"));
        List<String> stages =
                dockerfile.lines().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(stages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(stages.get(0)).contains("-jdk").contains(" AS build");
        assertThat(stages.get(stages.size() - 1)).contains("-jre");
        assertThat(dockerfile)
                .contains("-pl " + service)
                .contains(service + "-*-exec.jar")
                .contains("-Djarmode=tools")
                .contains("extract --layers --launcher")
                .contains("org.springframework.boot.loader.launch.JarLauncher")
                .contains("-XX:MaxRAMPercentage=");
        // the layers, least often changed first
        int dependencies = dockerfile.indexOf("/layers/dependencies/");
        int loader = dockerfile.indexOf("/layers/spring-boot-loader/");
        int snapshots = dockerfile.indexOf("/layers/snapshot-dependencies/");
        int application = dockerfile.indexOf("/layers/application/");
        assertThat(List.of(dependencies, loader, snapshots, application))
                .isSorted()
                .doesNotContain(-1);
        String runStage = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
        Matcher user = Pattern.compile("(?m)^USER (\\d+)").matcher(runStage);
        assertThat(user.find()).as("the run stage names a numeric user").isTrue();
        assertThat(Integer.parseInt(user.group(1))).isPositive();
        assertThat(runStage).contains("EXPOSE").contains(managementPort(service));
    }
}
