package io.github.cloudmckeys.portal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * Collects a response body into memory, but never more than a cap: once the body
 * (or its declared {@code Content-Length}) passes the cap, the subscription is
 * cancelled, which closes the connection instead of downloading the rest.
 * Demand is one chunk at a time, so a fast server cannot flood the buffer.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<CappedBodySubscriber.Body> {

    /** The body read, or an empty one with {@code overCap} when it was larger than the cap. */
    record Body(byte[] bytes, boolean overCap) {
        static Body tooLarge() {
            return new Body(new byte[0], true);
        }
    }

    private final long cap;
    private final long declaredLength;
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;
    private long received;

    /** @param declaredLength the response's Content-Length, or -1 when it has none */
    CappedBodySubscriber(long cap, long declaredLength) {
        this.cap = cap;
        this.declaredLength = declaredLength;
    }

    /**
     * A handler that gives every response a fresh capped subscriber and hands it to
     * {@code created}, so that the caller can {@link #cancel()} it on a deadline.
     * The handler runs once the status and headers arrived.
     */
    static HttpResponse.BodyHandler<Body> handler(long cap, Consumer<CappedBodySubscriber> created) {
        return info -> {
            long length = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
            CappedBodySubscriber subscriber = new CappedBodySubscriber(cap, length);
            created.accept(subscriber);
            return subscriber;
        };
    }

    @Override
    public CompletionStage<Body> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        if (subscription != null) {
            newSubscription.cancel();
            return;
        }
        subscription = newSubscription;
        if (cancelled) {
            newSubscription.cancel();
        } else if (declaredLength > cap) {
            newSubscription.cancel();
            result.complete(Body.tooLarge());
        } else {
            newSubscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            received += item.remaining();
            if (received > cap) {
                subscription.cancel();
                buffer.reset();
                result.complete(Body.tooLarge());
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(new Body(buffer.toByteArray(), false));
    }

    /** Stops reading (deadline passed, caller interrupted): closes the connection. */
    void cancel() {
        cancelled = true;
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }
}
