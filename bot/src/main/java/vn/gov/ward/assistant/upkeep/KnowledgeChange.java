package vn.gov.ward.assistant.upkeep;

import java.time.Instant;

import vn.gov.ward.knowledge.search.WardAdditions;

/**
 * One change of the ward's additions, kept for the audit and to be undone.
 *
 * @param id       a short id, in order of changes
 * @param by       the staff account that made it
 * @param summary  what it did, in Vietnamese ("Thêm từ khóa … cho thủ tục …")
 * @param delta    what it added ({@link Kind#ADD}) or took away ({@link Kind#UNDO})
 * @param before   the additions before
 * @param after    the additions after
 * @param undoes   for an undo, the change it undid
 * @param question the citizen's question (masked) it answers, if it came from one
 */
public record KnowledgeChange(long id, Instant at, String by, Kind kind, String summary, WardAdditions delta,
                              WardAdditions before, WardAdditions after, Long undoes, String question) {

    public enum Kind { ADD, UNDO }
}
