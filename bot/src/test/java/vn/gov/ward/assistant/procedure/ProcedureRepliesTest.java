package vn.gov.ward.assistant.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.ward.knowledge.catalogue.DocumentGroup;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.catalogue.RequiredDocument;

class ProcedureRepliesTest {

    final ProcedureReplies replies = new ProcedureReplies(Catalogues.EXAMPLE_WARD);

    @Test
    void aProceduresDocumentsAreSortedOnceAndAgainWhenTheProcedureChanges() {
        Procedure birth = Catalogues.WARD.find("1.001193").orElseThrow();
        DocumentList first = replies.documentsOf(birth);
        assertThat(replies.documentsOf(birth)).as("the same procedure: sorted once").isSameAs(first);

        // Changed from the console: a new procedure object under the same code, with one more document.
        RequiredDocument added = new RequiredDocument("Giấy xác nhận của trưởng thôn", 1, 0, null, null);
        List<DocumentGroup> groups = new ArrayList<>(birth.documentGroups());
        groups.add(new DocumentGroup(null, DocumentGroup.Kind.GENERAL, List.of(added), List.of()));
        Procedure changed = new Procedure(birth.code(), birth.name(), birth.field(), birth.agency(), birth.result(), groups,
                birth.processingTime(), birth.fee(), birth.submissionMethods(), birth.legalBasis(), birth.steps(),
                birth.requirements(), birth.sourceUrl(), birth.sourceKind(), birth.keywords(), birth.wardNote());
        assertThat(replies.documentsOf(changed)).isNotSameAs(first);
        assertThat(String.join("\n", replies.documents(changed))).contains("Giấy xác nhận của trưởng thôn");
        assertThat(String.join("\n", replies.documents(birth))).doesNotContain("Giấy xác nhận của trưởng thôn");
    }
}
