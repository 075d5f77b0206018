package vn.gov.ward.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.channel.zalo.api.SendOutcome;
import vn.gov.ward.assistant.channel.zalo.api.ZaloClient;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.outbox.ChannelSender;
import vn.gov.ward.assistant.outbox.OutboxMessage;
import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.assistant.support.AssistantInstance;
import vn.gov.ward.assistant.support.FakeTelegram;
import vn.gov.ward.assistant.support.FakeZalo;
import vn.gov.ward.assistant.support.MutableClock;
import vn.gov.ward.assistant.support.RedisForTests;
import vn.gov.ward.assistant.support.Settled;
import vn.gov.ward.assistant.support.TickingTestClock;
import vn.gov.ward.assistant.support.ZaloEvents;
import vn.gov.ward.assistant.upkeep.KnowledgeUpkeep;
import vn.gov.ward.knowledge.search.Decision;

/**
 * Two assistants on one Redis, as a deployment runs them behind a load balancer: both run their schedulers and
 * workers against the same fakes of Zalo and Telegram, on one clock. What reaches either is handled once, what
 * is due is sent once, a token refresh happens once, a change made through one is in the other's answers, and a
 * client's limit is the same whichever instance it reaches.
 */
class TwoInstancesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final MutableClock CLOCK = new MutableClock(TickingTestClock.START, true);
    static final String CS = "/v3.0/oa/message/cs";
    static final String ZNS = "/message/template";
    static final long OFFICER_CHAT = 7401;
    /** Searches one address may make (an hour to refill one: nothing refills during the test). */
    static final int SEARCH_CAPACITY = 10;

    static RedisForTests redis;
    static FakeZalo zalo;
    static FakeTelegram telegram;
    static AssistantInstance one;
    static AssistantInstance two;

    /** The one clock of both instances. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SharedClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return CLOCK;
        }
    }

    @BeforeAll
    static void twoInstancesOnOneRedis() throws Exception {
        redis = new RedisForTests();
        zalo = new FakeZalo();
        telegram = new FakeTelegram();
        Map<String, String> settings = new HashMap<>();
        zalo.pointTheAssistantHere((name, value) -> settings.put(name, String.valueOf(value.get())));
        settings.putAll(Map.ofEntries(
                Map.entry("zalo.zns.templates.status-update.id", "tpl-status"),
                Map.entry("zalo.zns.templates.status-update.params.ma_ho_so", "code"),
                Map.entry("zalo.zns.templates.status-update.params.trang_thai", "status"),
                Map.entry("zalo.zns.templates.rating.id", "tpl-rating"),
                Map.entry("zalo.zns.templates.rating.params.ma_ho_so", "code"),
                Map.entry("zalo.zns.templates.rating.params.lien_ket", "link"),
                Map.entry("survey.public-url", "https://dichvu.phuong.example"),
                Map.entry("telegram.enabled", "true"),
                Map.entry("telegram.bot-token", FakeTelegram.TOKEN),
                Map.entry("telegram.bot-username", "phuong_test_bot"),
                Map.entry("telegram.api-url", telegram.url()),
                Map.entry("telegram.poll-timeout", "0s"),
                Map.entry("telegram.per-chat", "300ms"),
                Map.entry("outbox.retry-delays", "200ms,300ms,400ms,500ms,500ms,500ms"),
                Map.entry("streams.claim-idle", "2s"),
                Map.entry("outbox.claim-idle", "2s"),
                // Both instances plan reminders every second: the pass's lock is what keeps them from sending twice.
                Map.entry("reminders.enabled", "true"),
                Map.entry("reminders.scan-every", "1s"),
                Map.entry("reminders.first-pass-after", "1s"),
                Map.entry("rate-limits.enabled", "true"),
                Map.entry("rate-limits.limits.search.capacity", Integer.toString(SEARCH_CAPACITY)),
                Map.entry("rate-limits.limits.search.per", "10h"),
                Map.entry("rate-limits.limits.web-chat.capacity", "1000"),
                Map.entry("logging.level.root", "WARN")));
        // Started together, as a deployment starts them: both make the streams' groups and seed the tokens.
        CompletableFuture<AssistantInstance> first = CompletableFuture.supplyAsync(
                () -> AssistantInstance.start("one", redis.connectionFactory().getPort(), settings, SharedClock.class));
        two = AssistantInstance.start("two", redis.connectionFactory().getPort(), settings, SharedClock.class);
        one = first.get();
    }

    @AfterAll
    static void stop() throws IOException {
        for (AutoCloseable c : new AutoCloseable[] {one, two}) {
            try {
                if (c != null) c.close();
            } catch (Exception e) {
                // the other still closes
            }
        }
        zalo.server.shutdown();
        telegram.stop();
        redis.close();
    }

    @Test
    void aWebhookEventPostedToBothIsHandledOnce() throws Exception {
        List<String> users = new ArrayList<>();
        List<CompletableFuture<Integer>> posted = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String user = "both-" + i;
            users.add(user);
            String timestamp = Long.toString(CLOCK.millis());
            String body = JSON.writeValueAsString(Map.of("app_id", ZaloEvents.APP_ID, "user_id_by_app", "55" + user, "event_name",
                    "user_send_text", "timestamp", timestamp, "sender", Map.of("id", user), "recipient", Map.of("id", "oa-1"),
                    "message", Map.of("msg_id", "twice-" + i, "text", "xin chào")));
            String signature = ZaloEvents.signature(body, timestamp);
            // Zalo sent it again after a time-out, and the load balancer took it to the other instance: both at once.
            for (AssistantInstance instance : List.of(one, two)) {
                posted.add(CompletableFuture.supplyAsync(() -> new HttpJson(instance.port())
                        .postBody("/webhooks/zalo", "application/json", body, "X-ZEvent-Signature", signature).status()));
            }
        }
        for (CompletableFuture<Integer> p : posted) assertThat(p.get()).as("both acknowledge").isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> users.stream().allMatch(u -> csTo(u) >= 1));
        // A second handling would have sent by the time nothing is pending on either (an entry one took but did not
        // acknowledge is pending until the other claims it, after claim-idle's 2 s, and handles it again).
        new Settled(one.bean(StringRedisTemplate.class), CLOCK).await();
        users.forEach(u -> assertThat(csTo(u)).as("replies to " + u).isEqualTo(1));
    }

    @Test
    void eachReminderSurveyAndStatusNoticeIsSentOnceWhileBothRunTheirWorkers() throws Exception {
        // The first pass looks back a day and sends the morning plan (07:30 lies behind the clock's 09:00): it is done
        // before the dossiers below exist, or the plan lists them beside the reminders counted here.
        await().atMost(Duration.ofSeconds(10)).until(() -> reminderPasses() >= 1);
        DossierService dossiers = one.bean(DossierService.class);
        WorkingCalendar calendar = one.bean(WorkingCalendar.class);
        OfficerRegistry officers = two.bean(OfficerRegistry.class);
        officers.save(new Officer("two-inst-1", "Cán bộ Hai Máy", "Tư pháp – Hộ tịch", Officer.Role.OFFICER, null, null));
        officers.link("two-inst-1", OFFICER_CHAT);
        Instant now = CLOCK.instant();
        // Due soon (4 working hours before its appointment) and overdue a few seconds from now, while both plan every second.
        String dueSoon = "000.32.33.H26-260310-7401";
        dossiers.put(dueSoon, intake(null, "0912007401", calendar.addWorkingTime(now.plusSeconds(3).atZone(calendar.zone()),
                Duration.ofHours(4)).toInstant(), DossierStatus.IN_PROGRESS));
        String overdue = "000.32.33.H26-260310-7402";
        dossiers.put(overdue, intake(null, "0912007402", now.plusSeconds(3), DossierStatus.IN_PROGRESS));
        // A status change the one-stop system sent twice, once to each instance: one notice.
        String noticed = "000.32.33.H26-260310-7403";
        dossiers.put(noticed, intake("zns-7403", "0912007403", now.plus(Duration.ofDays(3)), DossierStatus.IN_PROGRESS));
        String change = "{\"status\":\"AWAITING_PAYMENT\",\"at\":\"" + now.plusSeconds(1) + "\"}";
        List<CompletableFuture<Integer>> changes = List.of(one, two).stream().map(i -> CompletableFuture.supplyAsync(() ->
                new HttpJson(i.port()).postRaw("/api/v1/dossiers/" + noticed + "/status", change, "X-Api-Key", AssistantTest.API_KEY)
                        .status())).toList();
        for (CompletableFuture<Integer> c : changes) assertThat(c.get()).isEqualTo(200);
        // Returned: the survey goes by ZNS (the citizen is outside Zalo's 7-day window).
        String surveyed = "000.32.33.H26-260310-7404";
        dossiers.put(surveyed, intake("sv-7404", "0912007404", now.plus(Duration.ofDays(1)), DossierStatus.RESULT_READY));
        two.bean(DossierService.class).recordStatus(surveyed, DossierStatus.RETURNED, now, null);

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(List.of(znsFor("tpl-status", noticed), znsFor("tpl-rating", surveyed),
                telegramAbout("<b>Sắp đến hạn</b>", dueSoon), telegramAbout("<b>Quá hạn</b>", overdue))).as("notice, survey, due soon, overdue: " + telegram.textsTo(OFFICER_CHAT))
                .allMatch(n -> n >= 1));
        // A second send would have gone by the time several more passes have run (on either: one at a time, by the
        // pass's lock) and nothing is left to send on either instance.
        long passes = reminderPasses();
        await().atMost(Duration.ofSeconds(30)).until(() -> reminderPasses() >= passes + 4);
        new Settled(one.bean(StringRedisTemplate.class), CLOCK).await();
        assertThat(znsFor("tpl-status", noticed)).as("status notices").isEqualTo(1);
        assertThat(znsFor("tpl-rating", surveyed)).as("surveys").isEqualTo(1);
        assertThat(telegramAbout("<b>Sắp đến hạn</b>", dueSoon)).as("due-soon reminders").isEqualTo(1);
        assertThat(telegramAbout("<b>Quá hạn</b>", overdue)).as("overdue reminders").isEqualTo(1);
        List<String> toOfficer = telegram.textsTo(OFFICER_CHAT);
        assertThat(new java.util.HashSet<>(toOfficer)).as("nothing twice to the officer").hasSameSizeAs(toOfficer);
    }

    @Test
    void bothRefusedTheSameTokenAtOnceAndZaloIsAskedForANewOneOnce() throws Exception {
        zalo.refusedTokens.add(currentToken());
        int refreshesBefore = zalo.refreshes.get();
        int refusedBefore = refusedCalls();
        CyclicBarrier together = new CyclicBarrier(2);
        Function<AssistantInstance, CompletableFuture<SendOutcome>> send = instance -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return instance.bean(ZaloClient.class).sendText("token-user", "Thử gửi", List.of());
        });
        CompletableFuture<SendOutcome> fromOne = send.apply(one);
        CompletableFuture<SendOutcome> fromTwo = send.apply(two);

        assertThat(fromOne.get()).isInstanceOf(SendOutcome.Sent.class);
        assertThat(fromTwo.get()).isInstanceOf(SendOutcome.Sent.class);
        assertThat(refusedCalls() - refusedBefore).as("both instances were refused the old token").isEqualTo(2);
        assertThat(zalo.refreshes.get() - refreshesBefore).as("token refreshes at Zalo").isEqualTo(1);
    }

    @Test
    void aTelegramChatsPaceIsKeptAcrossBothInstances() {
        OutboxMessage toChat = new OutboxMessage("telegram-pace-1", "telegram", "-100777", "pace-1", "Nhắc việc", List.of(), null, null, null);
        OutboxMessage toOtherChat = new OutboxMessage("telegram-pace-2", "telegram", "-100778", "pace-2", "Nhắc việc", List.of(), null, null, null);
        ChannelSender fromOne = telegramSender(one);
        ChannelSender fromTwo = telegramSender(two);
        long start = System.nanoTime();
        Duration first = fromOne.waitBeforeSending(toChat);
        Duration second = fromTwo.waitBeforeSending(toChat);
        boolean withinThePace = System.nanoTime() - start < Duration.ofMillis(300).toNanos();
        assertThat(first).as("the chat's slot was free").isZero();
        // Only if the two asked within the pace (telegram.per-chat 300 ms): a stalled machine may have let it pass.
        if (withinThePace) assertThat(second).as("the other instance waits for the chat's slot").isPositive();
        assertThat(second).isLessThanOrEqualTo(Duration.ofMillis(300));
        assertThat(fromTwo.waitBeforeSending(toOtherChat)).as("another chat has its own slot").isZero();
    }

    private static ChannelSender telegramSender(AssistantInstance instance) {
        return instance.beans(ChannelSender.class).stream().filter(s -> s.channel().equals("telegram")).findFirst().orElseThrow();
    }

    @Test
    void aKnowledgeChangeMadeThroughOneIsInTheOthersAnswers() {
        String question = "xin giấy ở ghép với bạn";
        String residence = "1.004194";
        assertThat(two.bean(Procedures.class).search(question, 3).decision()).isEqualTo(Decision.DECLINE);

        assertThat(one.bean(KnowledgeUpkeep.class).addKeywords("admin", residence, List.of("ở ghép"), null))
                .isInstanceOf(KnowledgeUpkeep.Applied.class);

        HttpJson.Response answer = new HttpJson(two.port()).post("/api/v1/chat",
                Map.of("sessionId", UUID.randomUUID().toString().replace("-", ""), "text", question));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("replies").get(0).get("text").asString()).contains(residence, "tạm trú");
    }

    @Test
    void aClientSpreadingItsRequestsOverBothIsLimitedAtTheSameTotal() {
        int allowed = 0;
        int refused = 0;
        for (int i = 0; i < 3 * SEARCH_CAPACITY; i++) {
            AssistantInstance instance = i % 2 == 0 ? one : two;
            int status = new HttpJson(instance.port()).get("/api/v1/procedures/1.001193", "X-Api-Key", AssistantTest.API_KEY).status();
            if (status == 200) allowed++;
            if (status == 429) refused++;
        }
        assertThat(allowed).as("searches allowed from one address over both instances").isEqualTo(SEARCH_CAPACITY);
        assertThat(refused).isEqualTo(2 * SEARCH_CAPACITY);
    }

    private static DossierService.Intake intake(String zaloUser, String phone, Instant appointment, DossierStatus status) {
        return new DossierService.Intake("1.001193", new Dossier.Applicant("Nguyễn Văn Hai Máy", phone, zaloUser), "two-inst-1",
                CLOCK.instant().minus(Duration.ofDays(2)), appointment, status);
    }

    private static String currentToken() {
        return one.bean(vn.gov.ward.assistant.channel.zalo.api.ZaloTokens.class).accessToken();
    }

    private static int refusedCalls() {
        return (int) zalo.headers(CS).stream().filter(zalo.refusedTokens::contains).count();
    }

    private static long csTo(String user) {
        return zalo.sent(CS).stream().filter(m -> m.get("recipient").get("user_id").asString().equals(user)).count();
    }

    private static long znsFor(String template, String code) {
        return zalo.sent(ZNS).stream().filter(m -> m.path("template_id").asString().equals(template))
                .map(m -> m.get("template_data")).filter(d -> d != null && d.has("ma_ho_so"))
                .filter(d -> d.get("ma_ho_so").asString().equals(code)).count();
    }

    /** Reminders of this kind about this dossier, by their heading ("🔴 <b>Quá hạn</b>": not a morning plan's "Quá hạn <b>0</b>"). */
    private static long telegramAbout(String kind, String code) {
        return telegram.textsTo(OFFICER_CHAT).stream().filter(t -> t.contains(kind) && t.contains(code)).count();
    }

    /** The reminder passes both instances have finished. */
    private static long reminderPasses() {
        return List.of(one, two).stream().mapToLong(i -> i.bean(MeterRegistry.class).get("reminder.pass").tag("outcome", "success").timer().count()).sum();
    }
}
