package vn.gov.ward.assistant.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.gov.ward.assistant.AssistantTest;

/**
 * The whole assistant with every public door open: the Zalo webhook (a fake Zalo behind it, status updates by
 * ZNS template, retries within a second), the Telegram webhook (a fake Bot API behind it), the chat, the rating page;
 * the API docs private as outside the embedded default. Test classes extending it share one application context.
 */
@AssistantTest
public abstract class PublicEdgeTestBase {

    protected static final FakeZalo zalo = new FakeZalo();
    protected static final FakeTelegram telegram = new FakeTelegram();
    protected static final String TELEGRAM_SECRET = "webhook_Secret-0123456789";
    protected static final String TELEGRAM_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    @DynamicPropertySource
    static void everyDoorOpen(DynamicPropertyRegistry registry) {
        zalo.pointTheAssistantHere(registry);
        registry.add("telegram.enabled", () -> "true");
        registry.add("telegram.bot-token", () -> FakeTelegram.TOKEN);
        registry.add("telegram.api-url", telegram::url);
        registry.add("telegram.mode", () -> "webhook");
        registry.add("telegram.webhook-url", () -> "https://tro-ly.phuong.example/webhooks/telegram");
        registry.add("telegram.webhook-secret", () -> TELEGRAM_SECRET);
        registry.add("assistant.api-docs-public", () -> "false");
        // The Zalo channel's own tests (ZaloChannelTest) share this context: status updates by template, retries soon.
        registry.add("zalo.zns.templates.status-update.id", () -> "tpl-status");
        registry.add("zalo.zns.templates.status-update.params.ma_ho_so", () -> "code");
        registry.add("zalo.zns.templates.status-update.params.trang_thai", () -> "status");
        registry.add("outbox.retry-delays", () -> "200ms,300ms,400ms,500ms,500ms,500ms");
    }

    @Autowired
    protected Settled settled;

    /**
     * Sends a request's head and only {@code bodyBytes} of its body, as a client still sending would, and reads
     * the status the server answers with before the rest arrives (a server that waits for it times out here).
     */
    protected static int statusBeforeTheBodyEnds(int port, String head, int bodyBytes) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            byte[] filler = new byte[8192];
            java.util.Arrays.fill(filler, (byte) 'a');
            byte[] first = filler.clone();
            byte[] start = "{\"text\":\"".getBytes(StandardCharsets.US_ASCII);  // JSON so far: only the size can stop it
            System.arraycopy(start, 0, first, 0, start.length);
            boolean chunked = head.toLowerCase().contains("transfer-encoding: chunked");
            for (int sent = 0; sent < bodyBytes; sent += filler.length) {
                if (chunked) out.write((Integer.toHexString(filler.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(sent == 0 ? first : filler);
                if (chunked) out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) line.append((char) b);
            String[] parts = line.toString().split(" ");
            return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        }
    }

    /** A raw request as written, for what a normal client refuses to send; returns the whole response. */
    protected static String raw(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
