package vn.gov.ward.assistant.channel.zalo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.context.event.EventListener;

import vn.gov.ward.assistant.channel.zalo.api.ZaloTokenChainBroken;
import vn.gov.ward.assistant.officer.OfficerMessages;

/** Tells the admins (log and Telegram) when the Zalo channel needs a person: the OA token chain broke. */
class ZaloAlerts {

    private final OfficerMessages messages;
    private final Clock clock;

    ZaloAlerts(OfficerMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void tokenChainBroken(ZaloTokenChainBroken event) {
        // Once a day at most: the chain stays broken until someone mends it.
        messages.alertAdmins("zalo-token-chain:" + LocalDate.now(clock.withZone(ZoneOffset.UTC)),
                "Zalo từ chối làm mới token của OA (" + event.reason() + "). Quản trị viên OA cần cấp quyền lại cho ứng dụng "
                        + "trên developers.zalo.me và nhập cặp token mới; đến khi đó trợ lý không gửi được tin nhắn Zalo.");
    }
}
