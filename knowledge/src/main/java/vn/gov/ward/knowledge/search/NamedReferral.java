package vn.gov.ward.knowledge.search;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service of another agency a question names.
 *
 * @param at     the token it was named from
 * @param venue  named as the place where the citizen means to have it done ("ở văn phòng công chứng"), and no ward
 *               named anywhere in the question
 * @param words  the folded syllables it was named in
 * @param pairs  the same as pairs
 * @param weight how much of the question's weight they carry ({@link #weighed}); 0 until weighed
 * @param asked  the folded syllables of the sentence that asks ({@link ParsedQuestion#asked}); empty until weighed
 * @param askedBesides what that sentence says besides the service's words, with synonyms; empty until weighed
 * @param about  the folded syllables of the service's description and terms that say no doing ("thuế", "hộ kinh
 *               doanh" of "Kê khai, nộp thuế của hộ kinh doanh"): what it is about
 * @param purposeAt the token of a purpose word right after its name ("lý lịch tư pháp để đi xuất khẩu lao động"), or -1
 * @param purpose the folded syllables from there to the end of the sentence: what the service is wanted for, which no
 *                procedure's words there outweigh; empty until weighed
 */
record NamedReferral(Referral referral, int at, boolean venue, Set<String> words, Set<String> pairs, double weight, Set<String> asked,
                     Set<String> askedBesides, Set<String> about, int purposeAt, Set<String> purpose) {

    /** The share of a procedure's name (or its opening) the question must say besides a service's words to be about it. */
    static final double NAMED_BESIDES = 1.0 / 3;

    /**
     * The same, with the weight the question's syllables and pairs naming the service carry in it, and what the
     * question asks about it ({@link ParsedQuestion#asked}).
     */
    NamedReferral weighed(WeighedQuestion q, ParsedQuestion parsed) {
        double weight = 0;
        for (int i = 0; i < q.weights().length; i++) {
            String k = q.known().get(i);
            if (words.contains(q.concepts().get(i).folded()) || k != null && words.contains(k)) weight += q.weights()[i];
        }
        for (int i = 0; i < q.pairWeights().length; i++) {
            if (words.containsAll(List.of(q.pairs().get(i).split(" ")))) weight += q.pairWeights()[i];
        }
        Set<String> purpose = new HashSet<>();
        if (purposeAt >= 0) {
            int end = parsed.sentenceSpans().stream().filter(s -> s[0] <= purposeAt && purposeAt < s[1]).mapToInt(s -> s[1]).findFirst()
                    .orElse(parsed.tokens().size());
            for (int i = purposeAt; i < end; i++) purpose.add(parsed.tokens().get(i).folded());
            purpose.removeAll(words);
        }
        Set<String> asked = new HashSet<>(parsed.asked(at));
        asked.removeAll(purpose);
        Set<String> askedBesides = new HashSet<>(parsed.askedBesides(words, at));
        askedBesides.removeAll(purpose);
        return new NamedReferral(referral, at, venue, words, pairs, weight, Set.copyOf(asked), Set.copyOf(askedBesides), about, purposeAt,
                Set.copyOf(purpose));
    }

    /**
     * Whether it is a paper this procedure asks for ("giấy chứng sinh" for the birth registration), the question
     * naming the procedure too: "vay vốn học sinh sinh viên ở ngân hàng chính sách" asks the bank, though the social
     * housing's documents name it.
     */
    boolean requiredBy(Candidate c, Set<String> said) {
        return !pairs.isEmpty() && c.profile().bodyPairs().containsAll(pairs) && namesIt(c, said)
                && !pairs.containsAll(c.objectPairs().keySet());
    }

    /**
     * Whether the question also names this procedure, besides the service's words: a third of the weight of
     * the opening of its name, or of its whole name ("bằng lái … vào thẻ căn cước" for "Tích hợp, cập nhật…
     * thông tin trên thẻ căn cước"; "cây xăng … kế hoạch ứng phó tràn dầu"), and in words that weigh more in
     * the question than the service's own: "hộ kinh doanh … đóng thuế khoán" asks about the tax, not about
     * registering the business, though it says half of that procedure's name. Only the words of the sentence
     * that asks weigh: "Chồng em là người Hàn, tụi em cưới 2 năm rồi. Giờ em muốn xin visa…" asks the visa, the
     * marriage is the story.
     */
    boolean outweighedBy(Candidate c, Set<String> said) {
        // "công chứng hợp đồng mua bán nhà ở văn phòng công chứng hết bao nhiêu": the citizen chose the other agency.
        if (venue) return false;
        Set<String> besides = new HashSet<>(said);
        besides.removeAll(words);
        besides.removeAll(purpose);
        if (referral.wardHandles().contains(c.code())) {
            // The ward's step for the service, asked for: "Tôi mua đất, hợp đồng đã công chứng xong. Giờ sang tên
            // sổ đỏ…" asks about the transfer, the contract is the story.
            Set<String> asking = new HashSet<>(askedBesides);
            asking.removeAll(about);
            return namesIt(c, asking);
        }
        // A procedure only a life event leads to, its thing unsaid ("ghi sai ngày sinh" for a land title's correction),
        // does not outweigh a service the question names.
        return c.objectPair() > 0 && namesIt(c, besides) && explainedBesides(c) > weight;
    }

    private static boolean namesIt(Candidate c, Set<String> besides) {
        return 1 - c.profile().head().unsaid(besides) >= NAMED_BESIDES || 1 - c.profile().name().unsaid(besides) >= NAMED_BESIDES;
    }

    /** The weight of what the procedure accounts for in the sentence that asks, other than the service's words. */
    private double explainedBesides(Candidate c) {
        double besides = 0;
        for (Map.Entry<String, Double> e : c.explained().entrySet()) {
            List<String> explained = List.of(e.getKey().split(" "));
            // What the service is about too ("hộ kinh doanh … đóng thuế khoán": the tax of a household business) does not
            // speak for the procedure.
            if (explained.stream().noneMatch(words::contains) && !about.containsAll(explained) && asked.containsAll(explained)) {
                besides += e.getValue();
            }
        }
        return besides;
    }
}
