package zonepulse.bench;

import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * A Kafka consumer polled on a daemon thread of its own, each non-empty poll handed to {@code handler}, until closed
 * or the handler fails; it closes the consumer when it ends.
 */
final class PollingThread implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Consumer<ConsumerRecords<byte[], byte[]>> handler;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile String failure;

    PollingThread(
            String name, KafkaConsumer<byte[], byte[]> consumer, Consumer<ConsumerRecords<byte[], byte[]>> handler) {
        this.consumer = consumer;
        this.handler = handler;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Why it stopped, or null while it runs. */
    String failure() {
        return failure;
    }

    private void run() {
        try {
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
                if (!records.isEmpty()) {
                    handler.accept(records);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            failure = e.toString();
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
