package org.sojourn.cases.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.sojourn.payment.spi.ProviderUnavailableException;

/**
 * Calls into one channel plugin on a bounded pool with a timeout: a provider that hangs costs its
 * own few threads and answers {@link ProviderUnavailableException}, never a request thread of the
 * whole node. Queued calls beyond the bound are refused at once rather than piling up.
 */
final class ChannelCalls implements AutoCloseable {

    /** Threads per channel: enough for a school's burst, few enough that a hung provider cannot starve the node. */
    private static final int THREADS = 4;
    private static final int QUEUE = 64;
    private static final long DEFAULT_TIMEOUT_MILLIS = 10_000;

    private final ThreadPoolExecutor pool;
    private final long timeoutMillis;

    ChannelCalls(String channelId, long timeoutMillis) {
        this.timeoutMillis = timeoutMillis > 0 ? timeoutMillis : DEFAULT_TIMEOUT_MILLIS;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), runnable -> {
            Thread thread = new Thread(runnable, "sojourn-pay-" + channelId + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /**
     * @param call what to ask the plugin
     * @return its answer
     * @throws ProviderUnavailableException when it fails, is too slow or the pool is full
     */
    <T> T call(Supplier<T> call) {
        Future<T> future;
        try {
            future = pool.submit(call::get);
        } catch (RejectedExecutionException e) {
            throw new ProviderUnavailableException("too many calls waiting for this channel", e);
        }
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ProviderUnavailableException("no answer within " + timeoutMillis + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new ProviderUnavailableException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ProviderUnavailableException("the channel failed", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
