package zonepulse.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.deploy.Overlays.at;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The replay Job of {@code deploy/k8s/replay}: valid, run by an operator only (in no overlay), with the engine the
 * prod overlay deploys, as extract-service's Kafka user, and as locked down as the services' pods.
 */
class ReplayJobManifestTest {
    private static final String REPLAY = "deploy/k8s/replay";
    private static final ObjectValidator VALIDATOR = new ObjectValidator();

    private static Map<String, Object> job() {
        List<Map<String, Object>> objects = Overlays.renderDirectory(REPLAY);
        assertThat(objects).extracting(o -> (String) o.get("kind")).containsExactly("Job");
        return objects.get(0);
    }

    private static Map<String, Object> container() {
        List<Map<String, Object>> containers = at(job(), "spec", "template", "spec", "containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static Map<String, Object> env(String name) {
        List<Map<String, Object>> env = at(container(), "env");
        return env.stream()
                .filter(e -> name.equals(e.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    void theJobIsValidAndInNoOverlay() {
        assertThat(VALIDATOR.validate(job())).isEmpty();
        for (String overlay : Overlays.names().toList()) {
            assertThat(Overlays.ofKind(overlay, "Job"))
                    .as("a replay runs when an operator says so")
                    .isEmpty();
        }
    }

    @Test
    void itRunsTheImageTheProdOverlayDeploysInReplayMode() {
        Map<String, Object> deployment = Overlays.ofKind("prod", "Deployment").stream()
                .filter(d -> "extract-service".equals(Overlays.name(d)))
                .findFirst()
                .orElseThrow();
        List<Map<String, Object>> deployed = at(deployment, "spec", "template", "spec", "containers");
        assertThat(container().get("image")).isEqualTo(deployed.get(0).get("image"));
        assertThat(String.valueOf(env("SPRING_PROFILES_ACTIVE").get("value")).split(","))
                .contains("replay");
        assertThat(Overlays.<String>at(job(), "spec", "template", "spec", "restartPolicy"))
                .isEqualTo("Never");
        assertThat(((Number) at(job(), "spec", "backoffLimit")).intValue()).isZero();
    }

    @Test
    void itConnectsAsExtractServicesKafkaUserWithItsSettings() {
        assertThat(Overlays.<String>at(
                        env("SPRING_CLOUD_STREAM_KAFKA_BINDER_CONFIGURATION_SASL_JAAS_CONFIG"),
                        "valueFrom",
                        "secretKeyRef",
                        "name"))
                .isEqualTo("extract-service");
        List<Map<String, Object>> envFrom = at(container(), "envFrom");
        assertThat(envFrom)
                .extracting(e -> Overlays.<String>at(e, "configMapRef", "name"))
                .containsExactly("zonepulse-common", "extract-service");
        Map<String, Object> labels = at(job(), "spec", "template", "metadata", "labels");
        assertThat(labels)
                .as("the services' egress policy selects part-of: zonepulse")
                .containsEntry("app.kubernetes.io/part-of", "zonepulse")
                .as(
                        "extract-service's Service, PDB and ScaledObject select its name; the replay is not one of its pods")
                .doesNotContainEntry("app.kubernetes.io/name", "extract-service");
    }

    @Test
    void itIsAsLockedDownAsTheServices() {
        Map<String, Object> pod = at(job(), "spec", "template", "spec");
        assertThat(Overlays.<Boolean>at(pod, "securityContext", "runAsNonRoot")).isTrue();
        assertThat(Overlays.<String>at(pod, "securityContext", "seccompProfile", "type"))
                .isEqualTo("RuntimeDefault");
        assertThat(pod.get("automountServiceAccountToken")).isEqualTo(false);
        Map<String, Object> security = at(container(), "securityContext");
        assertThat(security)
                .containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false);
        assertThat(Overlays.<List<String>>at(security, "capabilities", "drop")).containsExactly("ALL");
        assertThat(Overlays.<Object>at(container(), "resources", "limits", "memory"))
                .isNotNull();
    }
}
