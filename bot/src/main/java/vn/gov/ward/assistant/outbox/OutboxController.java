package vn.gov.ward.assistant.outbox;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.gov.ward.assistant.web.ApiException;

/** What admins see of outgoing messages, and the failed ones they send again (API key, like the intake). */
@RestController
@RequestMapping("/api/v1/outbox")
@Tag(name = "Outbox", description = "Outgoing channel messages and their status")
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/failed")
    @Operation(summary = "The latest failed and undeliverable messages, newest first, with the reason")
    List<Outbox.Tracked> failed(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) throw ApiException.badRequest("limit", "must be between 1 and 500");
        return outbox.failed(limit);
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Queues a failed or undeliverable message again, with the whole retry schedule (after its cause is fixed)")
    Outbox.Tracked replay(@PathVariable String id) {
        Outbox.Tracked tracked = outbox.find(id).orElseThrow(() -> ApiException.notFound("No outbox message " + id));
        if (!outbox.replay(id)) {
            throw new ApiException(HttpStatus.CONFLICT, "Outbox message " + id + " is " + tracked.status() + ", not failed: nothing to replay",
                    List.of());
        }
        return outbox.find(id).orElseThrow(() -> ApiException.notFound("No outbox message " + id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One message and its status")
    Outbox.Tracked message(@PathVariable String id) {
        return outbox.find(id).orElseThrow(() -> ApiException.notFound("No outbox message " + ApiException.shown(id)));
    }
}
