package vn.gov.ward.assistant.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import vn.gov.ward.assistant.redis.DeadLetters;

/** What admins see of poison entries, and the ones they send back once the cause is fixed (API key). */
@RestController
@RequestMapping("/api/v1/dead-letters")
@Tag(name = "Dead letters", description = "Stream entries that failed every delivery, with the reason")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "Every dead-letter stream with its latest entries, newest first")
    List<DeadLetters.DeadLetterStream> list(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return deadLetters.list(limit);
    }

    @PostMapping("/replay")
    @Operation(summary = "Sends a dead letter back to the stream it failed in, to be handled afresh")
    DeadLetters.Replayed replay(@RequestParam String key, @RequestParam @Pattern(regexp = "\\d{1,20}-\\d{1,20}") String id) {
        return deadLetters.replay(key, id).orElseThrow(() -> ApiException.notFound("No dead letter " + id + " in " + key));
    }
}
