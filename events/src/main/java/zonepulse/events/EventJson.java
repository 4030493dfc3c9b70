package zonepulse.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serialisation of the contract's messages: JSON, camelCase, UTF-8, dates as ISO-8601 strings. Every message read
 * is first validated against the JSON Schema its {@code schema} field names, so a consumer never sees a message
 * that breaks the contract; one that does is refused with a {@link ContractViolationException} naming the fields.
 */
public final class EventJson {
    /** Schema resource of each contract schema id, in the module's resources and published with it. */
    public static final Map<String, String> SCHEMA_RESOURCES = Map.of(
            RawArticle.SCHEMA, "/zonepulse/events/schemas/raw-article-1.schema.json",
            IndicatorEvent.SCHEMA, "/zonepulse/events/schemas/indicator-event-1.schema.json",
            ProjectEvent.SCHEMA, "/zonepulse/events/schemas/project-event-1.schema.json",
            ExtractedArticle.SCHEMA, "/zonepulse/events/schemas/extracted-article-1.schema.json");

    private static final Map<Class<?>, String> SCHEMA_OF_TYPE = Map.of(
            RawArticle.class, RawArticle.SCHEMA,
            IndicatorEvent.class, IndicatorEvent.SCHEMA,
            ProjectEvent.class, ProjectEvent.SCHEMA,
            ExtractedArticle.class, ExtractedArticle.SCHEMA);

    private static final int MAX_REPORTED_PROBLEMS = 10;

    private final JsonMapper mapper;
    private final Map<String, Schema> schemas;

    public EventJson() {
        this.mapper = JsonMapper.builder()
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // additive fields are not breaking
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        this.schemas = Map.copyOf(SCHEMA_RESOURCES.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> load(registry, e.getValue()))));
    }

    private static Schema load(SchemaRegistry registry, String resource) {
        try (InputStream in = EventJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + resource);
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mapper configured for the contract, for callers that build JSON of their own (the CLI). */
    public JsonMapper mapper() {
        return mapper;
    }

    /** The message as UTF-8 JSON bytes. */
    public byte[] write(Object message) {
        return mapper.writeValueAsBytes(message);
    }

    /** The message as a JSON string. */
    public String writeString(Object message) {
        return mapper.writeValueAsString(message);
    }

    /** Reads and validates a message of the given type. */
    public <T> T read(byte[] json, Class<T> type) {
        return toValue(parseAndValidate(json, SCHEMA_OF_TYPE.get(type)), type);
    }

    /** Reads and validates a message of the given type. */
    public <T> T read(String json, Class<T> type) {
        return read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
    }

    /**
     * Reads any contract message, choosing its type by its {@code schema} field.
     *
     * @throws ContractViolationException when it is not JSON, names no known schema, or breaks its schema
     */
    public Object readAny(byte[] json) {
        JsonNode node = parseAndValidate(json, null);
        String schema = node.path("schema").asString();
        Class<?> type = SCHEMA_OF_TYPE.entrySet().stream()
                .filter(e -> e.getValue().equals(schema))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        return toValue(node, type);
    }

    /** The problems the message has against its schema, empty when it is valid. */
    public List<String> problems(JsonNode node, String schemaId) {
        Schema schema = schemas.get(schemaId);
        if (schema == null) {
            return List.of("schema: unknown schema '" + schemaId + "'");
        }
        List<Error> errors = schema.validate(node);
        return errors.stream().limit(MAX_REPORTED_PROBLEMS).map(Error::toString).toList();
    }

    private JsonNode parseAndValidate(byte[] json, String expectedSchema) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new ContractViolationException("not valid JSON", e);
        }
        if (node == null || !node.isObject()) {
            throw new ContractViolationException("not a JSON object", List.of("$: expected an object"));
        }
        String schema = node.path("schema").isString() ? node.path("schema").asString() : null;
        if (schema == null) {
            throw new ContractViolationException(
                    "message breaks the contract", List.of("$: required property 'schema' not found"));
        }
        if (expectedSchema != null && !expectedSchema.equals(schema)) {
            throw new ContractViolationException(
                    "message breaks the contract",
                    List.of("$.schema: expected '" + expectedSchema + "' but was '" + schema + "'"));
        }
        List<String> problems = problems(node, schema);
        if (!problems.isEmpty()) {
            throw new ContractViolationException("message breaks " + schema, problems);
        }
        return node;
    }

    private <T> T toValue(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new ContractViolationException("message cannot be read as " + type.getSimpleName(), e);
        }
    }
}
