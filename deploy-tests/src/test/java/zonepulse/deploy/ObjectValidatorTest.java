package zonepulse.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The validator catches what it is there to catch: unknown fields, wrong types, missing required fields. */
class ObjectValidatorTest {
    private final ObjectValidator validator = new ObjectValidator();

    private List<String> problems(String yaml) {
        Map<String, Object> object = new Yaml().load(yaml);
        return validator.validate(object);
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: d}
            spec:
              replicas: 1
              selector: {matchLabels: {app: d}}
              template:
                metadata: {labels: {app: d}}
                spec:
                  containers:
                    - name: c
                      image: i
            """;

    @Test
    void aValidCoreObjectPasses() {
        assertThat(problems(DEPLOYMENT)).isEmpty();
    }

    @Test
    void coreObjectsAreCheckedAgainstTheKubernetesModels() {
        assertThat(problems(DEPLOYMENT.replace("image: i", "image: i\n          imagePulPolicy: Always")))
                .singleElement()
                .asString()
                .contains("imagePulPolicy");
        assertThat(problems(DEPLOYMENT.replace("- name: c\n", "- ")))
                .singleElement()
                .asString()
                .contains("name");
        assertThat(problems(DEPLOYMENT.replace("replicas: 1", "replicas: two")))
                .singleElement()
                .asString()
                .contains("wrong type");
        assertThat(problems(DEPLOYMENT.replace("selector: {matchLabels: {app: d}}", "selector: [app]")))
                .isNotEmpty();
    }

    private static final String TOPIC = """
            apiVersion: kafka.strimzi.io/v1beta2
            kind: KafkaTopic
            metadata: {name: t, labels: {strimzi.io/cluster: k}}
            spec:
              partitions: 6
              replicas: 3
              config: {min.insync.replicas: 2}
            """;

    @Test
    void strimziResourcesAreCheckedAgainstStrimzisModels() {
        assertThat(problems(TOPIC)).isEmpty();
        assertThat(problems(TOPIC.replace("replicas: 3", "replicas: 3\n  partition: 7")))
                .singleElement()
                .asString()
                .contains("unknown field(s) [partition]");
        assertThat(problems(TOPIC.replace("partitions: 6", "partitions: six"))).isNotEmpty();
        String user = """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata: {name: u, labels: {strimzi.io/cluster: k}}
                spec:
                  authentication: {type: scram-sha-512}
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: t, patternType: literal}
                        operations: [Read]
                """;
        assertThat(problems(user)).isEmpty();
        assertThat(problems(user.replace("- resource: {type: topic, name: t, patternType: literal}\n      ", "- ")))
                .singleElement()
                .asString()
                .contains("missing required field")
                .contains("resource");
        assertThat(problems(user.replace("operations: [Read]", "operations: [Reed]")))
                .isNotEmpty();
        assertThat(problems(user.replace("patternType: literal", "patternType: literall")))
                .isNotEmpty();
    }

    @Test
    void prometheusOperatorResourcesAreCheckedAgainstTheFabric8Models() {
        String monitor = """
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: m}
                spec:
                  selector: {matchLabels: {app: m}}
                  endpoints:
                    - port: management
                      path: /actuator/prometheus
                """;
        assertThat(problems(monitor)).isEmpty();
        assertThat(problems(monitor.replace("path:", "pth:")))
                .singleElement()
                .asString()
                .contains("unknown field(s) [pth]");
    }

    @Test
    void kedaAndMongoDbResourcesAreCheckedAgainstTheirSchemas() {
        String scaled = """
                apiVersion: keda.sh/v1alpha1
                kind: ScaledObject
                metadata: {name: s}
                spec:
                  scaleTargetRef: {name: d}
                  maxReplicaCount: 6
                  triggers:
                    - type: kafka
                      metadata: {topic: t}
                """;
        assertThat(problems(scaled)).isEmpty();
        assertThat(problems(scaled.replace("maxReplicaCount: 6", "maxReplicaCount: '6'")))
                .isNotEmpty();
        assertThat(problems(scaled.replace("maxReplicaCount: 6", "maxReplicas: 6")))
                .isNotEmpty();
        assertThat(problems(scaled.replace("  scaleTargetRef: {name: d}\n", "")))
                .isNotEmpty();
        String mongo = """
                apiVersion: mongodbcommunity.mongodb.com/v1
                kind: MongoDBCommunity
                metadata: {name: m}
                spec:
                  members: 3
                  type: ReplicaSet
                  version: "7.0.14"
                  security: {authentication: {modes: [SCRAM]}}
                """;
        assertThat(problems(mongo)).isEmpty();
        assertThat(problems(mongo.replace("members: 3", "member: 3"))).isNotEmpty();
        assertThat(problems(mongo.replace("type: ReplicaSet", "type: Sharded"))).isNotEmpty();
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThat(problems("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n"))
                .singleElement()
                .asString()
                .contains("no model or schema");
    }
}
