package zonepulse.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every object of every overlay, rendered with kubectl kustomize, is valid against its model or schema. */
class RenderedManifestsTest {
    private static final ObjectValidator VALIDATOR = new ObjectValidator();

    static Stream<String> overlays() {
        return Overlays.names();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyRenderedObjectIsValid(String overlay) {
        List<Map<String, Object>> objects = Overlays.render(overlay);
        List<String> problems =
                objects.stream().flatMap(o -> VALIDATOR.validate(o).stream()).toList();
        assertThat(problems).as("problems in overlay %s", overlay).isEmpty();
        assertThat(objects)
                .extracting(o -> (String) o.get("kind"))
                .contains(
                        "Deployment",
                        "Service",
                        "ConfigMap",
                        "PodDisruptionBudget",
                        "NetworkPolicy",
                        "KafkaTopic",
                        "KafkaUser",
                        "MongoDBCommunity",
                        "ScaledObject",
                        "ServiceMonitor",
                        "PrometheusRule");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectIsInTheOverlaysNamespaceAndNoSecretCarriesAValue(String overlay) {
        for (Map<String, Object> object : Overlays.render(overlay)) {
            assertThat(Overlays.<String>at(object, "metadata", "namespace"))
                    .as("namespace of %s %s", object.get("kind"), Overlays.name(object))
                    .isNotBlank();
            assertThat(object.get("kind"))
                    .as("secrets are referenced, never kept in the manifests")
                    .isNotEqualTo("Secret");
        }
    }
}
