package vn.gov.ward.assistant.upkeep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.knowledge.search.Decision;
import vn.gov.ward.knowledge.search.LifeEvent;
import vn.gov.ward.knowledge.search.WardAdditions;

/** From a question the assistant declined to the next search answering it, recorded and undone. */
@AssistantTest
class KnowledgeUpkeepTest {

    /** Nothing in the catalogue's words says this is about a temporary residence. */
    static final String QUESTION = "xin giấy ở ghép với bạn, sđt 0912 345 678";
    static final String RESIDENCE = "1.004194";

    @LocalServerPort
    int port;
    @Autowired
    KnowledgeUpkeep upkeep;
    @Autowired
    QuestionInbox inbox;
    @Autowired
    Procedures procedures;
    @Autowired
    WardAdditionsStore store;
    @Autowired
    StringRedisTemplate redis;

    /** A new version only where there were additions: each version moved costs the next search a rebuild. */
    @BeforeEach
    @AfterEach
    void noAdditionsLeftForOtherTests() {
        redis.delete(List.of(UpkeepKeys.CHANGES, UpkeepKeys.UNDONE, UpkeepKeys.QUESTIONS, UpkeepKeys.QUESTION_DETAILS));
        if (Boolean.TRUE.equals(redis.delete(UpkeepKeys.ADDITIONS))) redis.opsForValue().increment(UpkeepKeys.VERSION);
    }

    private void ask(String text) {
        say(UUID.randomUUID().toString().replace("-", ""), text);
    }

    private tools.jackson.databind.JsonNode say(String session, String text) {
        HttpJson.Response r = new HttpJson(port).post("/api/v1/chat", Map.of("sessionId", session, "text", text));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body().get("replies").get(0);
    }

    @Test
    void anAnswerTheCitizenFindsUnhelpfulBringsTheirQuestionToTheInbox() {
        String session = UUID.randomUUID().toString().replace("-", "");
        var answer = say(session, "đăng ký tạm trú cho người thuê trọ, gọi 0912345678");
        var unhelpful = java.util.stream.StreamSupport.stream(answer.get("buttons").spliterator(), false)
                .filter(b -> b.get("title").asString().equals("Chưa hữu ích")).findFirst().orElseThrow();
        assertThat(unhelpful.get("payload").asString()).startsWith("UNHELPFUL:");

        assertThat(say(session, unhelpful.get("payload").asString()).get("text").asString()).startsWith("Cảm ơn Ông/Bà đã cho biết");
        assertThat(inbox.mostAsked(10)).singleElement().satisfies(q -> {
            assertThat(q.how()).isEqualTo("UNHELPFUL");
            assertThat(q.text()).startsWith("đăng ký tạm trú cho người thuê trọ").contains("*******678").doesNotContain("345678");
            assertThat(q.offered()).containsExactly(unhelpful.get("payload").asString().substring("UNHELPFUL:".length()));
        });
    }

    @Test
    void aDeclinedQuestionIsTaughtAndTheNextSearchAnswersIt() {
        assertThat(procedures.search(QUESTION, 3).decision()).isEqualTo(Decision.DECLINE);
        ask(QUESTION);
        ask(QUESTION.toUpperCase());
        ask("thẻ căn cước");

        List<UnansweredQuestion> asked = inbox.mostAsked(10);
        assertThat(asked).first().satisfies(q -> {
            assertThat(q.times()).isEqualTo(2);
            assertThat(q.how()).isEqualTo("DECLINED");
            assertThat(q.text()).containsIgnoringCase("ở ghép").contains("*******678").doesNotContain("345");
        });
        assertThat(asked).anySatisfy(q -> assertThat(q.how()).isEqualTo("CLARIFIED"));

        KnowledgeUpkeep.Result result = upkeep.addKeywords("admin", RESIDENCE, List.of("ở ghép"), asked.get(0).id());
        assertThat(result).isInstanceOf(KnowledgeUpkeep.Applied.class);
        assertAnswered(QUESTION);
        assertThat(inbox.mostAsked(10)).noneMatch(q -> q.id().equals(asked.get(0).id()));

        KnowledgeChange change = ((KnowledgeUpkeep.Applied) result).change();
        assertThat(upkeep.history()).first().satisfies(logged -> {
            assertThat(logged.change().by()).isEqualTo("admin");
            assertThat(logged.change().before()).isEqualTo(WardAdditions.none());
            assertThat(logged.change().after().keywords()).containsEntry(RESIDENCE, List.of("ở ghép"));
            assertThat(logged.change().question()).containsIgnoringCase("ở ghép").doesNotContain("345");
        });
        assertThat(upkeep.exportYaml()).contains(RESIDENCE, "ở ghép");

        assertThat(upkeep.undo("admin", change.id())).isInstanceOf(KnowledgeUpkeep.Applied.class);
        assertThat(procedures.search(QUESTION, 3).decision()).isEqualTo(Decision.DECLINE);
        assertThat(upkeep.history()).first().extracting(l -> l.change().undoes()).isEqualTo(change.id());
        assertThat(upkeep.history()).filteredOn(l -> l.change().id() == change.id()).first().extracting(KnowledgeUpkeep.Logged::undoneBy).isNotNull();
        assertThat(upkeep.undo("admin", change.id())).isInstanceOf(KnowledgeUpkeep.Refused.class);
    }

    @Test
    void aChangeAnotherInstanceStoredReachesThisInstancesNextSearch() {
        WardAdditions added = new WardAdditions(Map.of(RESIDENCE, List.of("người ở nhờ")), List.of(), List.of());
        var now = store.current();
        store.apply(now.version(), new KnowledgeChange(now.version() + 1, java.time.Instant.EPOCH, "another-instance", KnowledgeChange.Kind.ADD,
                "test", added, now.additions(), added, null, null), null);

        assertAnswered("nhà có người ở nhờ thì báo thế nào");
    }

    private void assertAnswered(String question) {
        var result = procedures.search(question, 3);
        assertThat(result.decision()).isIn(Decision.ANSWER, Decision.CLARIFY);
        assertThat(result.choices()).first().extracting(h -> h.procedure().code()).isEqualTo(RESIDENCE);
    }

    @Test
    void whatBreaksTheReviewedRulesIsRefusedInWordsTheAdminCanActOn() {
        KnowledgeUpkeep.Result result = upkeep.addLifeEvent("admin", new LifeEvent("Sinh con", List.of("đẻ"), List.of("9.999999"), null), null);
        assertThat(result).isInstanceOfSatisfying(KnowledgeUpkeep.Refused.class, refused -> assertThat(refused.problems())
                .anyMatch(p -> p.contains("\"đẻ\" cần từ hai tiếng")).anyMatch(p -> p.contains("9.999999")));
        assertThat(upkeep.history()).isEmpty();
        assertThat(upkeep.addKeywords("admin", RESIDENCE, List.of(" ", ""), null)).isInstanceOf(KnowledgeUpkeep.Refused.class);
    }

    @Test
    void aWardsOwnFeeDecisionTimeAndNoteReachTheAnswerAndAnUndoRestoresTheFormerOnes() {
        String before = say(UUID.randomUUID().toString().replace("-", ""), "đăng ký tạm trú").get("text").asString();
        assertThat(before).doesNotContain("15.000 đồng/lần");

        assertThat(upkeep.setDetails("admin", RESIDENCE, new WardAdditions.Details("2 ngày làm việc", "15.000 đồng/lần",
                "Nghị quyết số 05/2025/NQ-HĐND", " "))).isInstanceOf(KnowledgeUpkeep.Applied.class);
        KnowledgeUpkeep.Result note = upkeep.setDetails("admin", RESIDENCE, new WardAdditions.Details(null, null, null, "Nhận hồ sơ cả sáng thứ Bảy."));
        String answer = say(UUID.randomUUID().toString().replace("-", ""), "đăng ký tạm trú").get("text").asString();
        assertThat(answer).contains("15.000 đồng/lần", "theo Nghị quyết số 05/2025/NQ-HĐND", "2 ngày làm việc", "📌 Nhận hồ sơ cả sáng thứ Bảy.");

        assertThat(upkeep.undo("admin", ((KnowledgeUpkeep.Applied) note).change().id())).isInstanceOf(KnowledgeUpkeep.Applied.class);
        assertThat(say(UUID.randomUUID().toString().replace("-", ""), "đăng ký tạm trú").get("text").asString())
                .as("the fee set before the note stays").contains("15.000 đồng/lần").doesNotContain("sáng thứ Bảy");

        assertThat(upkeep.setDetails("admin", RESIDENCE, new WardAdditions.Details("nhanh thôi", null, null, null)))
                .isInstanceOfSatisfying(KnowledgeUpkeep.Refused.class, r -> assertThat(r.problems()).anyMatch(p -> p.contains("số và đơn vị")));
        assertThat(upkeep.setDetails("admin", RESIDENCE, new WardAdditions.Details(null, "20.000 đồng", null, null)))
                .isInstanceOfSatisfying(KnowledgeUpkeep.Refused.class, r -> assertThat(r.problems()).anyMatch(p -> p.contains("quyết định")));
    }
}
