package vn.gov.ward.assistant.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests set by hand. A ticking one goes on from where it was set at the real pace (for a
 * running application whose workers wait for retries); a still one moves only when told.
 */
public final class MutableClock extends Clock {

    private final boolean ticking;
    private volatile Instant setAt;
    private volatile long setAtNanos;

    public MutableClock(Instant start) {
        this(start, false);
    }

    public MutableClock(Instant start, boolean ticking) {
        this.ticking = ticking;
        set(start);
    }

    public void advance(Duration d) {
        set(instant().plus(d));
    }

    public void set(Instant t) {
        setAtNanos = System.nanoTime();
        setAt = t;
    }

    @Override
    public Instant instant() {
        return ticking ? setAt.plusNanos(System.nanoTime() - setAtNanos) : setAt;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
