package zonepulse.extract.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import zonepulse.extract.article.EventSink;
import zonepulse.extract.article.OutputRecords;

/**
 * Sends the replay's records with its transactional producer, in the transaction the job has begun, as
 * {@link OutputRecords} makes them: the same records, headers included, as the live service sends.
 */
final class ProducerEventSink implements EventSink {
    private final Producer<byte[], byte[]> producer;
    private final OutputRecords records;
    /** The sends of the transaction in progress, whose offsets are known once it committed. */
    private final List<Future<RecordMetadata>> sent = new ArrayList<>();

    ProducerEventSink(Producer<byte[], byte[]> producer, OutputRecords records) {
        this.producer = producer;
        this.records = records;
    }

    @Override
    public void send(String topic, byte[] key, byte[] payload, Map<String, String> headers) {
        sent.add(producer.send(records.record(topic, key, payload, headers)));
    }

    /** Where the records sent since the last call went, and forgets them: after a commit, their offsets; after an abort, nothing. */
    List<Future<RecordMetadata>> drain() {
        List<Future<RecordMetadata>> drained = List.copyOf(sent);
        sent.clear();
        return drained;
    }
}
