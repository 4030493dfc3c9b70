package zonepulse.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.deploy.Overlays.at;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Deployment of every overlay, as rendered: probes on the actuator groups, resources, the restricted Pod
 * Security Standard, a writable /tmp only, a grace period longer than the shutdown phase, and a
 * PodDisruptionBudget, a Service and a ServiceMonitor that select its pods.
 */
class DeploymentPolicyTest {
    /** spring.lifecycle.timeout-per-shutdown-phase (30s) plus the preStop pause (5s). */
    private static final int SHUTDOWN_SECONDS = 35;

    static Stream<Arguments> deployments() {
        return Overlays.names()
                .flatMap(overlay -> Overlays.ofKind(overlay, "Deployment").stream()
                        .map(d -> Arguments.of(overlay, Overlays.name(d), d)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void probesResourcesAndSecurity(String overlay, String name, Map<String, Object> deployment) {
        Map<String, Object> pod = at(deployment, "spec", "template", "spec");
        List<Map<String, Object>> containers = at(pod, "containers");
        assertThat(containers).isNotEmpty();

        assertThat(Overlays.<String>at(pod, "securityContext", "seccompProfile", "type"))
                .isEqualTo("RuntimeDefault");
        assertThat(Overlays.<Boolean>at(pod, "securityContext", "runAsNonRoot")).isTrue();
        assertThat(Overlays.<Boolean>at(pod, "automountServiceAccountToken")).isFalse();
        assertThat(Overlays.<Boolean>at(pod, "hostNetwork")).isNotEqualTo(Boolean.TRUE);
        assertThat(((Number) at(pod, "terminationGracePeriodSeconds")).intValue())
                .isGreaterThan(SHUTDOWN_SECONDS);

        for (Map<String, Object> c : containers) {
            String where = overlay + " " + name + "/" + c.get("name");
            assertThat(Overlays.<String>at(c, "startupProbe", "httpGet", "path"))
                    .as(where)
                    .isEqualTo("/actuator/health/liveness");
            assertThat(Overlays.<String>at(c, "livenessProbe", "httpGet", "path"))
                    .as(where)
                    .isEqualTo("/actuator/health/liveness");
            assertThat(Overlays.<String>at(c, "readinessProbe", "httpGet", "path"))
                    .as(where)
                    .isEqualTo("/actuator/health/readiness");
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(String.valueOf(Overlays.<Object>at(c, probe, "httpGet", "port")))
                        .as("%s %s on the management port", where, probe)
                        .isEqualTo("management");
            }
            for (String kind : List.of("requests", "limits")) {
                assertThat(Overlays.<Object>at(c, "resources", kind, "cpu"))
                        .as("%s cpu %s", where, kind)
                        .isNotNull();
                assertThat(Overlays.<Object>at(c, "resources", kind, "memory"))
                        .as("%s memory %s", where, kind)
                        .isNotNull();
            }
            Map<String, Object> security = at(c, "securityContext");
            assertThat(security).as(where).containsEntry("allowPrivilegeEscalation", false);
            assertThat(security).as(where).containsEntry("readOnlyRootFilesystem", true);
            assertThat(security).as(where).containsEntry("runAsNonRoot", true);
            assertThat(Overlays.<List<String>>at(security, "capabilities", "drop"))
                    .as(where)
                    .containsExactly("ALL");
            assertThat(Overlays.<List<String>>at(security, "capabilities", "add"))
                    .as(where)
                    .isNull();
            assertThat(security).as(where).doesNotContainEntry("privileged", true);

            List<Map<String, Object>> mounts = at(c, "volumeMounts");
            String tmpVolume = mounts.stream()
                    .filter(m -> "/tmp".equals(m.get("mountPath")))
                    .map(m -> (String) m.get("name"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(where + " mounts no /tmp"));
            List<Map<String, Object>> volumes = at(pod, "volumes");
            assertThat(volumes).as("%s: /tmp is an emptyDir", where).anySatisfy(v -> {
                assertThat(v.get("name")).isEqualTo(tmpVolume);
                assertThat(v).containsKey("emptyDir");
            });
            assertThat(volumes).noneMatch(v -> v.containsKey("hostPath"));

            List<Map<String, Object>> env = at(c, "env");
            for (Map<String, Object> variable : env == null ? List.<Map<String, Object>>of() : env) {
                String variableName = (String) variable.get("name");
                if (variableName.matches(".*(PASSWORD|SECRET|JAAS|TOKEN|KEY).*")) {
                    assertThat(Overlays.<Object>at(variable, "valueFrom", "secretKeyRef"))
                            .as("%s: %s comes from a Secret, never a value", where, variableName)
                            .isNotNull();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void aDisruptionBudgetAServiceAndAServiceMonitorSelectIt(
            String overlay, String name, Map<String, Object> deployment) {
        Map<String, String> podLabels = at(deployment, "spec", "template", "metadata", "labels");
        assertThat(Overlays.ofKind(overlay, "PodDisruptionBudget"))
                .as("%s %s has a PodDisruptionBudget", overlay, name)
                .anyMatch(pdb -> selects(at(pdb, "spec", "selector", "matchLabels"), podLabels));
        List<Map<String, Object>> services = Overlays.ofKind(overlay, "Service").stream()
                .filter(s -> selects(at(s, "spec", "selector"), podLabels))
                .toList();
        assertThat(services).as("%s %s has a Service", overlay, name).isNotEmpty();
        Map<String, String> serviceLabels = at(services.get(0), "metadata", "labels");
        assertThat(Overlays.ofKind(overlay, "ServiceMonitor"))
                .as("%s %s is scraped", overlay, name)
                .anyMatch(m -> selects(at(m, "spec", "selector", "matchLabels"), serviceLabels)
                        && Overlays.<List<Map<String, Object>>>at(m, "spec", "endpoints").stream()
                                .anyMatch(e -> "management".equals(e.get("port"))
                                        && "/actuator/prometheus".equals(e.get("path"))));
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null
                && !selector.isEmpty()
                && labels != null
                && labels.entrySet().containsAll(selector.entrySet());
    }
}
