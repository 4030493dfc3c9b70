package zonepulse.ingest.publishing;

import java.util.concurrent.CompletableFuture;

/**
 * The broker's answer to one send, awaited: the token a message carries to the binding's handler, which hands it the
 * producer's future of the record ({@link KafkaArticlePublisher#SEND_FUTURES}).
 */
final class SendAcknowledgement {
    private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    private volatile boolean following;

    /** Completes as the producer's future of the record completes. */
    void follow(CompletableFuture<?> sent) {
        following = true;
        sent.whenComplete((result, failure) -> {
            if (failure == null) {
                acknowledged.complete(null);
            } else {
                acknowledged.completeExceptionally(failure);
            }
        });
    }

    /** Whether the handler gave it the record's future. */
    boolean following() {
        return following;
    }

    void fail(Throwable failure) {
        acknowledged.completeExceptionally(failure);
    }

    CompletableFuture<Void> acknowledged() {
        return acknowledged;
    }
}
