package vn.gov.ward.assistant.support;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake Telegram Bot API server: {@code POST /bot<token>/<method>} with JSON bodies, answering
 * getUpdates from a queue tests fill (holding the poll briefly when empty, as long polling does),
 * sendMessage, answerCallbackQuery, editMessageText, deleteWebhook and setWebhook as Telegram does,
 * refusing what Telegram refuses (a text over 4,096 characters, HTML it cannot parse) and a chat's
 * next messages with scripted errors (429 with retry_after, 403).
 */
public final class FakeTelegram extends Dispatcher {

    public static final String TOKEN = "123456:TEST-token_abc";
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#\\d+);");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public final MockWebServer server = new MockWebServer();
    private final LinkedBlockingQueue<String> updates = new LinkedBlockingQueue<>();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, ConcurrentLinkedQueue<MockResponse>> scripted = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger(100);
    private final AtomicInteger updateIds = new AtomicInteger(1000);
    private final AtomicInteger callbackIds = new AtomicInteger();

    /** One request the assistant made: the method (lower case) and its JSON body. */
    public record Call(String method, JsonNode body, long at) {
        public String chat() {
            return body.path("chat_id").asString();
        }

        public String text() {
            return body.path("text").asString();
        }
    }

    public FakeTelegram() {
        server.setDispatcher(this);
        try {
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://" + server.getHostName() + ":" + server.getPort();
    }

    public void stop() throws IOException {
        server.shutdown();
    }

    public void reset() {
        updates.clear();
        calls.clear();
        scripted.clear();
    }

    // --- what users do -----------------------------------------------------------------------------------

    /** A user writes in a private chat. @return the update id */
    public int userWrites(long chatId, String text) {
        int id = updateIds.incrementAndGet();
        ObjectNode message = message(chatId, messageIds.incrementAndGet(), text);
        if (text.startsWith("/")) {
            int length = text.contains(" ") ? text.indexOf(' ') : text.length();
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", length);
        }
        deliver(id, "message", message);
        return id;
    }

    /** A user answers one of the bot's messages with Telegram's "Reply". */
    public int userReplies(long chatId, String repliedToText, String text) {
        int id = updateIds.incrementAndGet();
        ObjectNode message = message(chatId, messageIds.incrementAndGet(), text);
        ObjectNode original = message(chatId, messageIds.incrementAndGet(), repliedToText);
        original.putObject("from").put("id", 1).put("is_bot", true).put("first_name", "Trợ lý");
        message.set("reply_to_message", original);
        deliver(id, "message", message);
        return id;
    }

    /** A user presses an inline button under one of the bot's messages. */
    public int userPresses(long chatId, int messageId, String messageText, String data) {
        int id = updateIds.incrementAndGet();
        ObjectNode query = JSON.createObjectNode();
        query.put("id", "cb-" + callbackIds.incrementAndGet());
        query.set("from", user(chatId));
        query.put("chat_instance", "ci-" + chatId);
        query.put("data", data);
        query.set("message", message(chatId, messageId, messageText));
        deliver(id, "callback_query", query);
        return id;
    }

    private void deliver(int updateId, String kind, ObjectNode payload) {
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", updateId);
        update.set(kind, payload);
        updates.add(update.toString());
    }

    private static ObjectNode message(long chatId, int messageId, String text) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", System.currentTimeMillis() / 1000);
        message.putObject("chat").put("id", chatId).put("type", "private").put("first_name", "Cán bộ");
        message.set("from", user(chatId));
        message.put("text", text);
        return message;
    }

    private static ObjectNode user(long chatId) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", chatId).put("is_bot", false).put("first_name", "Cán bộ");
        return user;
    }

    // --- scripted refusals -------------------------------------------------------------------------------

    public void tooManyRequestsFor(long chatId, int retryAfterSeconds) {
        script(chatId, error(429, "Too Many Requests: retry after " + retryAfterSeconds, "{\"retry_after\":" + retryAfterSeconds + "}"));
    }

    public void blockedBy(long chatId) {
        script(chatId, error(403, "Forbidden: bot was blocked by the user", null));
    }

    private void script(long chatId, MockResponse response) {
        scripted.computeIfAbsent(Long.toString(chatId), c -> new ConcurrentLinkedQueue<>()).add(response);
    }

    private static MockResponse error(int code, String description, String parameters) {
        String body = "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\""
                + (parameters == null ? "" : ",\"parameters\":" + parameters) + "}";
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
    }

    // --- what the assistant did --------------------------------------------------------------------------

    public List<Call> calls(String method) {
        synchronized (calls) {
            return calls.stream().filter(c -> c.method().equals(method)).toList();
        }
    }

    /** Messages the fake accepted for a chat, oldest first. */
    public List<Call> sentTo(long chatId) {
        return calls("sendmessage").stream().filter(c -> c.chat().equals(Long.toString(chatId)) && c.body().has("accepted")).toList();
    }

    public List<String> textsTo(long chatId) {
        return sentTo(chatId).stream().map(Call::text).toList();
    }

    /** Every sendMessage request for a chat, refused ones included. */
    public List<Call> attemptsTo(long chatId) {
        return calls("sendmessage").stream().filter(c -> c.chat().equals(Long.toString(chatId))).toList();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getPath() == null ? "" : request.getPath();
        if (!path.startsWith("/bot" + TOKEN + "/")) return error(401, "Unauthorized", null);
        String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase();
        String raw = request.getBody().readUtf8();
        String type = request.getHeader("Content-Type");
        ObjectNode body = raw.isBlank() ? JSON.createObjectNode()
                : type != null && type.startsWith("multipart/form-data") ? multipart(raw, type) : (ObjectNode) JSON.readTree(raw);
        switch (method) {
            case "getupdates" -> {
                String first = updates.poll(200, TimeUnit.MILLISECONDS);
                List<String> batch = new ArrayList<>();
                if (first != null) batch.add(first);
                updates.drainTo(batch);
                return ok("[" + String.join(",", batch) + "]");
            }
            case "sendmessage" -> {
                MockResponse refusal = scripted.getOrDefault(body.path("chat_id").asString(), new ConcurrentLinkedQueue<>()).poll();
                String unparsable = "html".equalsIgnoreCase(body.path("parse_mode").asString()) ? htmlProblem(body.path("text").asString()) : null;
                if (refusal == null && body.path("text").asString().length() > 4096) refusal = error(400, "Bad Request: message is too long", null);
                if (refusal == null && unparsable != null) refusal = error(400, "Bad Request: can't parse entities: " + unparsable, null);
                if (refusal == null) body.put("accepted", true);
                calls.add(new Call(method, body, System.currentTimeMillis()));
                if (refusal != null) return refusal;
                return ok(message(body.path("chat_id").asLong(), messageIds.incrementAndGet(), body.path("text").asString()).toString());
            }
            case "editmessagetext" -> {
                calls.add(new Call(method, body, System.currentTimeMillis()));
                return ok(message(body.path("chat_id").asLong(), body.path("message_id").asInt(), body.path("text").asString()).toString());
            }
            default -> {
                calls.add(new Call(method, body, System.currentTimeMillis()));
                return ok("true");
            }
        }
    }

    /** What Telegram's HTML parser would refuse in a text (a tag not closed in order, a bare '&', '<' or '>'), or null. */
    private static String htmlProblem(String text) {
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            if (tag.group(1).isEmpty()) open.push(tag.group(2));
            else if (!tag.group(2).equals(open.poll())) return "unexpected end tag </" + tag.group(2) + ">";
        }
        if (!open.isEmpty()) return "unclosed start tag <" + open.peek() + ">";
        String outside = TAG.matcher(text).replaceAll("");
        if (outside.contains("<") || outside.contains(">")) return "unsupported start tag";
        for (int at = outside.indexOf('&'); at >= 0; at = outside.indexOf('&', at + 1)) {
            if (!ENTITY.matcher(outside).region(at, outside.length()).lookingAt()) return "character entity expected at " + at;
        }
        return null;
    }

    /** setWebhook goes as multipart/form-data (it may carry a certificate): its fields as a JSON object. */
    private static ObjectNode multipart(String raw, String type) {
        String boundary = "--" + type.substring(type.indexOf("boundary=") + "boundary=".length()).replace("\"", "");
        ObjectNode fields = JSON.createObjectNode();
        for (String part : raw.split(Pattern.quote(boundary))) {
            int name = part.indexOf("name=\"");
            int blank = part.indexOf("\r\n\r\n");
            if (name < 0 || blank < 0) continue;
            String field = part.substring(name + 6, part.indexOf('"', name + 6));
            fields.put(field, part.substring(blank + 4).replaceFirst("\r\n$", ""));
        }
        return fields;
    }

    private static MockResponse ok(String result) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"ok\":true,\"result\":" + result + "}");
    }
}
