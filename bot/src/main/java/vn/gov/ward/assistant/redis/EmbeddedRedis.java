package vn.gov.ward.assistant.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.embedded.RedisServer;

/**
 * The owner of the local default's Redis server: it takes the data directory (a lock file held while it
 * runs, so a second assistant on the same directory refuses to start instead of stopping a live Redis),
 * stops a Redis a killed earlier run left there, starts Redis on a free loopback port with its append-only
 * file, and starts it again on the same port and files when it dies, with back-off.
 */
final class EmbeddedRedis {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final Path dir;
    private final Path pidFile;
    private final EmbeddedRedisProperties properties;
    private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "embedded-redis-owner");
        thread.setDaemon(true);
        return thread;
    });
    private FileChannel lockChannel;
    private RedisServer server;
    private int port;
    private volatile boolean stopping;
    private Duration nextWait;

    EmbeddedRedis(Path dataDir, EmbeddedRedisProperties properties) {
        this.dir = dataDir.resolve("redis").toAbsolutePath();
        this.pidFile = dir.resolve("redis.pid");
        this.properties = properties;
        this.nextWait = properties.restartAfter();
    }

    synchronized void start() throws IOException {
        Files.createDirectories(dir);
        takeOwnership();
        stopLeftover(pidFile);
        port = freeLoopbackPort();
        server = RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(port)
                .setting("dir " + dir)
                .setting("pidfile " + pidFile)
                .setting("appendonly yes")
                .setting("appendfsync everysec")
                .setting("save 300 1")
                .setting("maxmemory " + properties.maxmemory())
                .setting("maxmemory-policy volatile-lru")
                // Redis logs to its standard output: read, or the pipe fills over the weeks and Redis blocks writing to it.
                .soutListener(line -> log.debug("redis: {}", line))
                .serrListener(line -> log.debug("redis: {}", line))
                .build();
        server.start();
        watch();
        log.info("Embedded Redis listening on 127.0.0.1:{}, data in {}", port, dir);
    }

    int port() {
        return port;
    }

    /** The running server's process id, read from its pid file. */
    Optional<Long> pid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    synchronized void stop() throws IOException {
        stopping = true;
        restarts.shutdownNow();
        try {
            if (server != null) server.stop();
        } finally {
            if (lockChannel != null) lockChannel.close(); // releases the lock
        }
    }

    /** The lock is held for as long as this JVM runs the server; the operating system frees it when the JVM dies. */
    private void takeOwnership() throws IOException {
        Path lockFile = dir.resolve("owner.lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this JVM: another assistant in the same process
        }
        if (lock == null) {
            String owner = Files.readString(lockFile).strip();
            channel.close();
            throw new IllegalStateException("The data directory " + dir.getParent() + " is in use by another running assistant"
                    + (owner.isEmpty() ? "" : " (process " + owner + ")") + ", whose embedded Redis is live there. Start this one "
                    + "with another data directory (--assistant.data-dir=...) or stop the other one first.");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
        lockChannel = channel;
    }

    /** Restarts the server when its process ends without being asked to. */
    private void watch() {
        Optional<ProcessHandle> process = Optional.empty();
        for (int i = 0; i < 50 && process.isEmpty(); i++) {
            process = pid().flatMap(ProcessHandle::of);
            if (process.isEmpty()) sleep(Duration.ofMillis(100));
        }
        process.ifPresentOrElse(p -> p.onExit().thenRun(() -> died(p.pid())),
                () -> log.warn("No pid in {}: the embedded Redis is not restarted if it dies", pidFile));
    }

    private void died(long pid) {
        if (stopping) return;
        log.warn("The embedded Redis (process {}) has stopped; starting it again on port {} in {}", pid, port, nextWait);
        restarts.schedule(this::restart, nextWait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void restart() {
        if (stopping) return;
        try {
            server.stop(); // the process is gone: this only marks the server stopped
            Files.deleteIfExists(pidFile); // the dead process's, so the watch reads the new one
            server.start();
            log.info("Embedded Redis restarted on 127.0.0.1:{} with its data from {}", port, dir);
            nextWait = properties.restartAfter();
            watch();
        } catch (IOException | RuntimeException e) {
            nextWait = nextWait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : nextWait.multipliedBy(2);
            log.warn("The embedded Redis did not start again ({}); next try in {}", e.toString(), nextWait);
            restarts.schedule(this::restart, nextWait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Stops the embedded Redis a killed earlier run left behind: called only by the directory's owner, so
     * no running assistant uses it. Redis removes its pid file when it stops cleanly.
     */
    static void stopLeftover(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) return;
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.contains("redis-server")).orElse(false)).ifPresent(p -> {
                log.warn("Stopping the embedded Redis (pid {}) an earlier run left running on this data directory", pid);
                p.destroy();
                try {
                    p.onExit().get(10, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    p.destroyForcibly();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            });
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            log.warn("Ignoring the unreadable Redis pid file {}: {}", pidFile, e.toString());
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the embedded Redis", e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
