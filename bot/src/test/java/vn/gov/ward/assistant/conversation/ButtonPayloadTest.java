package vn.gov.ward.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ButtonPayloadTest {

    @Test
    void everyPayloadReadsBackAsItselfProcedureCodesIncluded() {
        List<ButtonPayload> all = List.of(new ButtonPayload.ProcedureByCode("1.001193"), new ButtonPayload.DocumentsOf("2.000815"),
                new ButtonPayload.AspectOf(Aspect.ONLINE, "1.004194"), new ButtonPayload.Help(), new ButtonPayload.HandOff(),
                new ButtonPayload.Rating("000.32.33.H26-261201-0001", 5),
                new ButtonPayload.RatingAspect("000.32.33.H26-261201-0001", "TIME"),
                new ButtonPayload.RatingSkipped("000.32.33.H26-261201-0001"), new ButtonPayload.SharePhone());
        for (ButtonPayload payload : all) assertThat(ButtonPayload.parse(payload.wire())).contains(payload);
    }

    @Test
    void whatACitizenTypesIsNoPayload() {
        for (String typed : List.of("đăng ký khai sinh", "STOP", "HELLO", "PA-260310-0001", "Phản ánh: đèn hỏng", "")) {
            assertThat(ButtonPayload.parse(typed)).as(typed).isEmpty();
        }
    }

    @Test
    void ourPrefixWithARestThatDoesNotReadIsUnreadable() {
        for (String broken : List.of("PROC:", "ASK:PRICE:1.001193", "ASK:FEE", "RATE:000.32.33.H26-261201-0001:9", "HELP:x")) {
            assertThat(ButtonPayload.parse(broken)).as(broken).contains(new ButtonPayload.Unreadable(broken));
        }
    }
}
