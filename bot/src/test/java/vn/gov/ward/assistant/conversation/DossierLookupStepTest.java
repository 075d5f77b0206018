package vn.gov.ward.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierCodes;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.procedure.ProcedureReplies;
import vn.gov.ward.knowledge.catalogue.Procedure;

/** The lookup as a step, on fakes: its Redis limits are tested in LookupGuardTest, the whole dialogue over HTTP in DossierLookupChatTest. */
class DossierLookupStepTest {

    static final String CODE = "000.32.33.H26-260310-0001";
    static final Instant AT = Instant.parse("2026-03-10T02:00:00Z");

    final DossierService dossiers = mock(DossierService.class);
    final ConversationStore store = mock(ConversationStore.class);
    final LookupGuard guard = mock(LookupGuard.class);
    final LookupAlerts alerts = mock(LookupAlerts.class);
    DossierLookupDialogue step;

    @BeforeEach
    void setUp() {
        WorkingCalendar calendar = mock(WorkingCalendar.class);
        when(calendar.zone()).thenReturn(ZoneId.of("Asia/Ho_Chi_Minh"));
        when(calendar.workingDayLength()).thenReturn(Duration.ofHours(8));
        Procedure birth = mock(Procedure.class);
        when(birth.name()).thenReturn("Thủ tục đăng ký khai sinh");
        when(dossiers.procedure("1.001193")).thenReturn(birth);
        Dossier dossier = new Dossier(CODE, "1.001193", new Dossier.Applicant("Trần Thị Bích Ngọc", "0987654321", "42"), "tp-01",
                AT, AT.plus(Duration.ofDays(2)), DossierStatus.IN_PROGRESS, null, List.of(new Dossier.StatusChange(DossierStatus.IN_PROGRESS, AT, null)));
        when(dossiers.find(anyString())).thenReturn(Optional.empty());
        when(dossiers.find(CODE)).thenReturn(Optional.of(dossier));
        when(dossiers.ofZaloUser("42")).thenReturn(List.of(dossier));
        when(dossiers.timeliness(dossier)).thenReturn(new DossierService.Timeliness(false, Duration.ofHours(16), Duration.ZERO, false));
        when(guard.recordFailure(anyString(), anyString())).thenReturn(new LookupGuard.Failure(false, false, false));
        step = new DossierLookupDialogue(new DossierCodes("[0-9A-Z]{2,6}(?:\\.[0-9A-Z]{1,6}){1,4}-\\d{6}-\\d{4}"), dossiers, store,
                mock(ProcedureReplies.class), new DossierStatusReply(dossiers, calendar), guard, alerts, new LookupGuardProperties(5, 20, 300, Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofMinutes(15)));
    }

    static Turn turn(String conversationId, String text, Optional<String> pending) {
        return new Turn(conversationId, "web-ip:1.2.3.4", text, () -> new ConversationStore.State(Optional.empty(), List.of(), pending));
    }

    @Test
    void aCodeAsksForTheCheckDigitsThenTheRightOnesShowTheStatusMasked() {
        assertThat(step.take(turn("web:s1", "ho so " + CODE.toLowerCase(), Optional.empty())).toString()).contains("4 số cuối");
        verify(store).rememberPendingDossier("web:s1", CODE);
        String status = step.take(turn("web:s1", "4321", Optional.of(CODE))).toString();
        assertThat(status).contains(CODE, "Thủ tục đăng ký khai sinh", "Trần T. B. N.", "*******321", "Đang giải quyết")
                .doesNotContain("0987654321", "Bích Ngọc");
        verify(store).forgetPendingDossier("web:s1");
    }

    @Test
    void theZaloUserTiedToTheDossierSkipsTheCheck() {
        assertThat(step.take(turn("zalo:42", CODE, Optional.empty())).toString()).contains("Đang giải quyết");
        verify(guard, never()).locked(any(), any());
    }

    @Test
    void onZaloALookupOfADossierNoZaloUserIsTiedToOffersToShareThePhone() {
        String untied = "000.32.33.H26-260310-0003";
        Dossier dossier = new Dossier(untied, "1.001193", new Dossier.Applicant("Lê Văn Bình", "0912000777", null), "tp-01",
                AT, AT.plus(Duration.ofDays(2)), DossierStatus.IN_PROGRESS, null, List.of(new Dossier.StatusChange(DossierStatus.IN_PROGRESS, AT, null)));
        when(dossiers.find(untied)).thenReturn(Optional.of(dossier));
        when(dossiers.timeliness(dossier)).thenReturn(new DossierService.Timeliness(false, Duration.ofHours(16), Duration.ZERO, false));

        Outcome.Answer onZalo = (Outcome.Answer) step.take(turn("zalo:77", untied + " 0777", Optional.empty()));
        assertThat(onZalo.replies()).hasSize(2);
        assertThat(onZalo.replies().get(0).text()).contains("Đang giải quyết");
        assertThat(onZalo.replies().get(1).buttons()).singleElement()
                .satisfies(b -> assertThat(ButtonPayload.parse(b.payload())).contains(new ButtonPayload.SharePhone()));

        assertThat(((Outcome.Answer) step.take(turn("web:s1", untied + " 0777", Optional.empty()))).replies())
                .as("the web has no way to tie a chat to a phone").hasSize(1);
        assertThat(((Outcome.Answer) step.take(turn("zalo:99", CODE + " 4321", Optional.empty()))).replies())
                .as("a dossier tied to another Zalo user already").hasSize(1);
    }

    @Test
    void aWrongCheckAndAnUnknownCodeGetTheSameAnswerAndCountAsFailures() {
        String wrongDigits = step.take(turn("web:s1", CODE + " 1111", Optional.empty())).toString();
        String unknownCode = step.take(turn("web:s1", "000.32.33.H26-260310-0002 4321", Optional.empty())).toString();
        assertThat(wrongDigits).isEqualTo(unknownCode).contains("chưa đúng");
        verify(guard).recordFailure(CODE, "web-ip:1.2.3.4");
        verify(guard).recordFailure("000.32.33.H26-260310-0002", "web-ip:1.2.3.4");
    }

    @Test
    void aLockedLookupWaitsEvenForTheRightDigits() {
        when(guard.locked(CODE, "web-ip:1.2.3.4")).thenReturn(true);
        assertThat(step.take(turn("web:s1", CODE + " 4321", Optional.empty())).toString()).contains("đã nhập sai nhiều lần");
    }

    @Test
    void askingToLookUpGetsTheQuestionForTheCodeAndOtherMessagesPass() {
        assertThat(step.take(turn("web:s1", "Tra cứu hồ sơ", Optional.empty())).toString()).contains("vui lòng gửi mã hồ sơ");
        assertThat(step.take(turn("web:s1", "đăng ký khai sinh", Optional.empty()))).isEqualTo(Outcome.pass());
        assertThat(step.take(turn("web:s1", "2026", Optional.empty()))).as("four digits with no code waiting").isEqualTo(Outcome.pass());
    }

    @Test
    void whereIsMyDossierShowsATiedZaloUsersDossiersAndAsksAnyoneElseForTheCode() {
        for (String asked : List.of("Hồ sơ của tôi đến đâu rồi", "ho so cua em xong chua a", "Cho hỏi tình trạng hồ sơ")) {
            assertThat(step.take(turn("zalo:42", asked, Optional.empty())).toString()).as(asked).contains(CODE, "Đang giải quyết");
            assertThat(step.take(turn("zalo:77", asked, Optional.empty())).toString()).as(asked).contains("vui lòng gửi mã hồ sơ");
            assertThat(step.take(turn("web:s2", asked, Optional.empty())).toString()).as(asked).contains("vui lòng gửi mã hồ sơ");
        }
        assertThat(step.take(turn("zalo:42", "hồ sơ đăng ký khai sinh gồm những gì", Optional.empty()))).isEqualTo(Outcome.pass());
        verify(guard, never()).locked(any(), any());
    }
}
