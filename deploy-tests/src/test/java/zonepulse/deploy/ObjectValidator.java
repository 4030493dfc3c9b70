package zonepulse.deploy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates one rendered Kubernetes object offline, rejecting unknown fields, wrong types and missing required
 * fields:
 *
 * <ul>
 *   <li>core objects against the official Kubernetes Java client's models ({@code io.kubernetes:client-java-api},
 *       generated from the Kubernetes OpenAPI schema): their {@code validateJsonElement} rejects unknown and missing
 *       required fields, and deserialising rejects wrong types;
 *   <li>Strimzi {@code KafkaTopic} and {@code KafkaUser} against Strimzi's own models ({@code io.strimzi:api}), and
 *       Prometheus Operator {@code ServiceMonitor} and {@code PrometheusRule} against the fabric8 monitoring models
 *       ({@code io.fabric8:openshift-model-monitoring}): strict scalar types, and a walk of the object that fails on
 *       any field the model kept as "additional" (unknown) and on any required property left empty;
 *   <li>KEDA {@code ScaledObject} and {@code TriggerAuthentication} and MongoDB {@code MongoDBCommunity}, for which no
 *       reachable registry publishes a model, against the JSON Schemas in {@code src/test/resources/schemas} (each
 *       states what it was written after).
 * </ul>
 *
 * Any other kind is refused: a new kind needs a model or a schema here first.
 */
final class ObjectValidator {
    private static final Map<String, Class<?>> CORE = Map.of(
            "v1/ConfigMap", V1ConfigMap.class,
            "v1/Secret", V1Secret.class,
            "v1/Service", V1Service.class,
            "v1/ServiceAccount", V1ServiceAccount.class,
            "v1/PersistentVolumeClaim", V1PersistentVolumeClaim.class,
            "apps/v1/Deployment", V1Deployment.class,
            "batch/v1/Job", V1Job.class,
            "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy.class);

    private static final Map<String, Class<?>> MODELS = Map.of(
            "kafka.strimzi.io/v1beta2/KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class,
            "kafka.strimzi.io/v1beta2/KafkaUser", io.strimzi.api.kafka.model.user.KafkaUser.class,
            "monitoring.coreos.com/v1/ServiceMonitor",
                    io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor.class,
            "monitoring.coreos.com/v1/PrometheusRule",
                    io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule.class);

    private static final Map<String, String> SCHEMAS = Map.of(
            "keda.sh/v1alpha1/ScaledObject", "/schemas/keda-scaledobject.schema.json",
            "keda.sh/v1alpha1/TriggerAuthentication", "/schemas/keda-triggerauthentication.schema.json",
            "mongodbcommunity.mongodb.com/v1/MongoDBCommunity", "/schemas/mongodbcommunity.schema.json");

    private final JsonMapper jackson = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    /** Writes every property, defaults included (the models leave out values equal to their defaults). */
    private final JsonMapper everything = JsonMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
                    return JsonInclude.Value.empty();
                }
            })
            .build();

    private final Map<String, Schema> schemas;

    ObjectValidator() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        this.schemas = SCHEMAS.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> load(registry, e.getValue())));
    }

    private static Schema load(SchemaRegistry registry, String resource) {
        try (InputStream in = ObjectValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + resource);
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems found in the object; empty when it is valid. */
    List<String> validate(Map<String, Object> object) {
        String type = object.get("apiVersion") + "/" + object.get("kind");
        String json;
        try {
            json = jackson.writeValueAsString(object);
        } catch (IOException e) {
            return List.of(type + ": cannot be written as JSON: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        if (CORE.containsKey(type)) {
            core(CORE.get(type), json, problems);
        } else if (MODELS.containsKey(type)) {
            model(MODELS.get(type), json, problems);
        } else if (SCHEMAS.containsKey(type)) {
            for (Error error : schemas.get(type).validate(json, InputFormat.JSON)) {
                problems.add(error.toString());
            }
        } else {
            problems.add("no model or schema to validate " + type + " against");
        }
        String name = Overlays.name(object);
        return problems.stream().map(p -> type + " " + name + ": " + p).toList();
    }

    private static void core(Class<?> model, String json, List<String> problems) {
        JsonElement element = JsonParser.parseString(json);
        try {
            Method validate = model.getMethod("validateJsonElement", JsonElement.class);
            validate.invoke(null, element);
        } catch (InvocationTargetException e) {
            problems.add(String.valueOf(e.getCause().getMessage()));
            return;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        try {
            JSON.getGson().fromJson(json, model);
        } catch (RuntimeException e) {
            problems.add("wrong type: " + e.getMessage());
        }
    }

    private void model(Class<?> model, String json, List<String> problems) {
        Object value;
        try {
            value = jackson.readValue(json, model);
        } catch (IOException e) {
            problems.add(
                    "wrong type or shape: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        walk(value, "", problems, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        // and every value written must come back when the model is written again: an enum value the model does not
        // know, or a field it silently dropped, does not
        try {
            dropped(jackson.readTree(json), everything.valueToTree(value), "", problems);
        } catch (IOException | IllegalArgumentException e) {
            problems.add("cannot be written back: " + e.getMessage());
        }
    }

    private static void dropped(JsonNode written, JsonNode understood, String path, List<String> problems) {
        if (written.isObject()) {
            for (Map.Entry<String, JsonNode> field : written.properties()) {
                JsonNode back = understood == null ? null : understood.get(field.getKey());
                if (back == null || back.isNull() && !field.getValue().isNull()) {
                    problems.add("not understood: " + path + "." + field.getKey());
                } else {
                    dropped(field.getValue(), back, path + "." + field.getKey(), problems);
                }
            }
        } else if (written.isArray()) {
            for (int i = 0; i < written.size(); i++) {
                JsonNode back =
                        understood != null && understood.isArray() && i < understood.size() ? understood.get(i) : null;
                if (back == null) {
                    problems.add("not understood: " + path + "[" + i + "]");
                } else {
                    dropped(written.get(i), back, path + "[" + i + "]", problems);
                }
            }
        } else if (understood == null || !written.asText().equals(understood.asText())) {
            problems.add("not understood: " + path + " = " + written.asText());
        }
    }

    /** Fails on fields the model kept as unknown and on required properties left empty, all the way down. */
    private static void walk(Object value, String path, List<String> problems, Set<Object> seen) {
        if (value == null || isLeaf(value.getClass()) || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                if (item == null) {
                    // what a model's enum makes of a value it does not know
                    problems.add("invalid value at " + path + "[" + i + "]");
                }
                walk(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, problems, seen));
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!pkg.startsWith("io.strimzi.") && !pkg.startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                continue;
            }
            Object property;
            try {
                property = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    problems.add("unknown field(s) " + unknown.keySet() + " at " + (path.isEmpty() ? "." : path));
                }
                continue;
            }
            String name = propertyName(getter);
            if (property == null && isRequired(value.getClass(), getter, name)) {
                problems.add("missing required field " + path + "." + name);
            }
            walk(property, path + "." + name, problems, seen);
        }
    }

    private static boolean isLeaf(Class<?> type) {
        return type.isPrimitive()
                || type.isEnum()
                || CharSequence.class.isAssignableFrom(type)
                || Number.class.isAssignableFrom(type)
                || type == Boolean.class
                || type == Character.class
                || type.getPackageName().startsWith("java.time");
    }

    private static String propertyName(Method getter) {
        JsonProperty json = getter.getAnnotation(JsonProperty.class);
        if (json != null && !json.value().isEmpty()) {
            return json.value();
        }
        String bare = getter.getName().replaceFirst("^(get|is)", "");
        return bare.isEmpty() ? bare : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    /** Strimzi marks required properties with {@code @JsonProperty(required = true)}; fabric8 with {@code @Required}. */
    private static boolean isRequired(Class<?> owner, Method getter, String name) {
        if (requiredBy(getter.getAnnotations())) {
            return true;
        }
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                JsonProperty json = field.getAnnotation(JsonProperty.class);
                String fieldName = json != null && !json.value().isEmpty() ? json.value() : field.getName();
                if (fieldName.equals(name) && requiredBy(field.getAnnotations())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean requiredBy(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof JsonProperty json && json.required()) {
                return true;
            }
            if (annotation.annotationType().getSimpleName().equals("Required")) {
                return true;
            }
        }
        return false;
    }
}
