package vn.gov.ward.assistant.procedure;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.search.SearchResult;

/** The knowledge base over HTTP, for other tools and for checks. */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Procedures", description = "The ward's procedure catalogue and its search")
class ProcedureController {

    static final int MAX_QUESTION_LENGTH = 500;
    static final int MAX_LIMIT = 20;

    private final Procedures procedures;

    ProcedureController(Procedures procedures) {
        this.procedures = procedures;
    }

    @GetMapping("/search")
    @Operation(summary = "Ranked procedures for a citizen's question, with the decision: answer, clarify or decline")
    SearchResponse search(
            @RequestParam(name = "q", required = false) @NotBlank(message = "the question is empty")
            @Size(max = MAX_QUESTION_LENGTH, message = "the question is longer than " + MAX_QUESTION_LENGTH + " characters") String q,
            @RequestParam(name = "limit", defaultValue = "5") @Min(value = 1, message = "must be between 1 and " + MAX_LIMIT)
            @Max(value = MAX_LIMIT, message = "must be between 1 and " + MAX_LIMIT) int limit) {
        SearchResult result = procedures.search(q, limit);
        return new SearchResponse(result.decision().wireName(), result.hits().stream()
                .map(h -> new SearchResponse.Result(h.procedure().code(), h.procedure().name(), h.procedure().field(), h.score()))
                .toList());
    }

    @GetMapping("/{code}")
    @Operation(summary = "The full normalised procedure")
    Procedure procedure(@PathVariable String code) {
        return procedures.procedure(code).orElseThrow(() -> new ProcedureNotFound(code));
    }

    record SearchResponse(String decision, List<Result> results) {
        record Result(String code, String name, String field, float score) {
        }
    }
}
