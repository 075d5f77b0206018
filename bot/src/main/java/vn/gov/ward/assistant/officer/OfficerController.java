package vn.gov.ward.assistant.officer;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.gov.ward.assistant.web.ApiError;
import vn.gov.ward.assistant.web.ApiException;

/** The officer registry for admins and the ward's systems (API key in {@code X-Api-Key}). */
@RestController
@RequestMapping("/api/v1/officers")
@Tag(name = "Officers", description = "Officers, their leaders and their Telegram links")
@SecurityRequirement(name = "apiKey")
class OfficerController {

    private static final String ID = "[A-Za-z0-9._-]{1,64}";

    private final OfficerRegistry registry;
    private final LinkCodes linkCodes;

    OfficerController(OfficerRegistry registry, LinkCodes linkCodes) {
        this.registry = registry;
        this.linkCodes = linkCodes;
    }

    record OfficerRequest(String id, String name, String unit, String role, String leaderId) {
    }

    /** An officer as admins see it: whether Telegram is linked, not the chat itself. */
    record OfficerView(String id, String name, String unit, String role, String leaderId, TelegramView telegram) {
    }

    record TelegramView(boolean linked, boolean active, Instant linkedAt, String inactiveReason) {
    }

    @PostMapping
    @Operation(summary = "Create an officer, or replace one with the same id (its Telegram link is kept)")
    ResponseEntity<OfficerView> save(@RequestBody OfficerRequest request) {
        Officer officer = validated(request);
        boolean created = registry.save(officer);
        OfficerView view = view(registry.find(officer.id()).orElseThrow());
        return created ? ResponseEntity.created(URI.create("/api/v1/officers/" + officer.id())).body(view) : ResponseEntity.ok(view);
    }

    @GetMapping
    @Operation(summary = "Every officer, by unit and name")
    List<OfficerView> all() {
        return registry.all().stream().map(OfficerController::view).toList();
    }

    @GetMapping("/{id}")
    OfficerView get(@PathVariable String id) {
        return view(existing(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove an officer and unlink their Telegram chat")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!registry.delete(id)) throw ApiException.notFound("No officer with id " + ApiException.shown(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/link-code")
    @Operation(summary = "A single-use, expiring code and the Telegram deep link that ties the officer's chat to them")
    LinkCodes.LinkCode linkCode(@PathVariable String id) {
        return linkCodes.issue(existing(id).id());
    }

    private Officer existing(String id) {
        return registry.find(id).orElseThrow(() -> ApiException.notFound("No officer with id " + ApiException.shown(id)));
    }

    private Officer validated(OfficerRequest request) {
        List<ApiError.FieldProblem> problems = new ArrayList<>();
        if (request.id() == null || !request.id().matches(ID)) problems.add(new ApiError.FieldProblem("id", "required, 1–64 of A-Z a-z 0-9 . _ -"));
        text("name", request.name(), problems);
        text("unit", request.unit(), problems);
        Officer.Role role = Officer.Role.OFFICER;
        if (request.role() != null && !request.role().isBlank()) {
            try {
                role = Officer.Role.valueOf(request.role().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new ApiError.FieldProblem("role", "OFFICER or LEADER"));
            }
        }
        String leaderId = request.leaderId() == null || request.leaderId().isBlank() ? null : request.leaderId().strip();
        if (leaderId != null) {
            if (leaderId.equals(request.id())) problems.add(new ApiError.FieldProblem("leaderId", "an officer is not their own leader"));
            else if (registry.find(leaderId).filter(Officer::isLeader).isEmpty()) {
                problems.add(new ApiError.FieldProblem("leaderId", "no leader with id " + ApiException.shown(leaderId)));
            }
        }
        if (!problems.isEmpty()) throw new ApiException(HttpStatus.BAD_REQUEST, "The officer has invalid fields", problems);
        return new Officer(request.id(), request.name().strip(), request.unit().strip(), role, leaderId, null);
    }

    private static void text(String field, String value, List<ApiError.FieldProblem> problems) {
        if (value == null || value.isBlank()) problems.add(new ApiError.FieldProblem(field, "required"));
        else if (value.length() > 100) problems.add(new ApiError.FieldProblem(field, "longer than 100 characters"));
    }

    private static OfficerView view(Officer o) {
        Officer.TelegramLink t = o.telegram();
        TelegramView telegram = t == null ? new TelegramView(false, false, null, null) : new TelegramView(true, t.active(), t.linkedAt(), t.inactiveReason());
        return new OfficerView(o.id(), o.name(), o.unit(), o.role().name(), o.leaderId(), telegram);
    }
}
