package vn.gov.ward.knowledge.catalogue;

import java.util.List;

/**
 * A case heading from the portal ("Giấy tờ phải nộp", "Trường hợp ủy quyền…") with the documents
 * under it and the notes that are not documents to bring.
 *
 * @param heading null for rows the portal showed without a heading
 */
public record DocumentGroup(String heading, List<RequiredDocument> documents, List<String> notes) {
    public DocumentGroup {
        documents = List.copyOf(documents);
        notes = List.copyOf(notes);
    }
}
