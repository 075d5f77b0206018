package vn.gov.ward.knowledge.catalogue;

/**
 * A legal basis row (căn cứ pháp lý).
 *
 * @param number the document number ("123/2015/NĐ-CP"), or null when it could not be found
 */
public record LegalReference(String title, String number) {
}
