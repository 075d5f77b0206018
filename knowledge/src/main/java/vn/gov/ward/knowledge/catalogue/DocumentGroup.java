package vn.gov.ward.knowledge.catalogue;

import java.util.List;

/**
 * Documents under one heading of the portal, with the notes that are not documents to bring (the
 * portal's "Lưu ý" rows, rows with no quantity, legal clauses that name no paper).
 *
 * @param heading the heading cleaned of list marks and boilerplate ("Trường hợp ủy quyền thực hiện thủ tục"),
 *                or null for rows the portal showed without one
 * @param kind    whether the group is what everyone brings or what one case needs
 */
public record DocumentGroup(String heading, Kind kind, List<RequiredDocument> documents, List<String> notes) {

    public DocumentGroup {
        documents = List.copyOf(documents);
        notes = List.copyOf(notes);
    }

    public enum Kind {
        /** No heading, or one that names a kind of paper ("Giấy tờ phải xuất trình", "Thành phần hồ sơ"). */
        GENERAL,
        /** One case among several ("Trường hợp ủy quyền…", "a) Đối với hộ gia đình, cá nhân…"). */
        CASE,
        /** The portal's "Lưu ý": notes only. */
        NOTES
    }
}
