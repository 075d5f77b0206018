package vn.gov.ward.assistant.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.gov.ward.assistant.outbox.Outbox;

@ExtendWith(OutputCaptureExtension.class)
class OfficerMessagesTest {

    private final Outbox outbox = mock(Outbox.class);
    private final OfficerRegistry registry = mock(OfficerRegistry.class);
    private final OfficerMessages messages = new OfficerMessages(outbox, registry,
            new OfficerProperties(List.of(), List.of("admin-1", "admin-2"), Duration.ofHours(24)));

    @Test
    void anAlertReachesEveryLinkedAdminAndTheLogNamesOnlyItsKind(CapturedOutput output) {
        when(registry.find("admin-1")).thenReturn(Optional.of(new Officer("admin-1", "Trần Thị Quản", "VP", Officer.Role.OFFICER,
                null, new Officer.TelegramLink(111, true, Instant.EPOCH, null))));
        when(registry.find("admin-2")).thenReturn(Optional.empty());
        when(outbox.enqueue(anyString(), anyString(), anyString(), anyString(), any(), any(), any())).thenReturn("1-0");

        messages.alertAdmins("telegram-blocked:42", "Telegram không gửi được tin cho cán bộ Nguyễn Văn Bình (sv-9)");

        verify(outbox).enqueue(eq("telegram"), eq("111"), eq("telegram-blocked:42:admin-1"),
                eq("⚠️ Telegram không gửi được tin cho cán bộ Nguyễn Văn Bình (sv-9)"), eq(List.of()), isNull(), isNull());
        assertThat(output).contains("Admin alert telegram-blocked sent to 1 admin(s)").doesNotContain("Nguyễn Văn Bình");
    }

    @Test
    void anAlertNoAdminCanHearIsLoggedAsSuchWithoutItsText(CapturedOutput output) {
        when(registry.find(anyString())).thenReturn(Optional.empty());

        messages.alertAdmins("low-rating:HS-1", "Đánh giá 1/5 cho hồ sơ HS-1 của Lê Thị Cúc");

        assertThat(output).contains("Admin alert low-rating reached no admin").doesNotContain("Lê Thị Cúc").doesNotContain("HS-1");
    }
}
