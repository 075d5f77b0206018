package vn.gov.ward.assistant.redis;

import org.springframework.context.SmartLifecycle;

/**
 * A stream's consumer run with the application: polling on a thread of its own from start, and at shutdown
 * finishing the entry in hand before the application stops.
 */
public abstract class StreamWorker implements SmartLifecycle {

    private final String threadName;
    private volatile boolean running;

    protected StreamWorker(String threadName) {
        this.threadName = threadName;
    }

    /** The consumer this worker runs. */
    protected abstract StreamConsumer consumer();

    @Override
    public void start() {
        running = true;
        consumer().start(threadName, () -> { });
    }

    /** Waits for the entry in hand to be handled. */
    @Override
    public void stop() {
        running = false;
        consumer().stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
