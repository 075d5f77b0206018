package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * A question that asks about several procedures at once ("khai sinh, khai tử, kết hôn cần gì"): each
 * part is decided on its own, and when the parts answer with different procedures that no single one
 * covers, they are offered as a choice, never one of them at random. A procedure that covers every
 * part ("khai sinh, nhập hộ khẩu và thẻ bảo hiểm y tế cho con" is the joint procedure for all three)
 * is the answer.
 */
final class SeveralAsked {

    /**
     * "với" after telling, reporting or registering is "to" ("khai báo gì đó với bên quân sự", "đăng ký với phường"),
     * no joint of a list.
     */
    private static final String TO_WHOM = "báo |bao |ký |ky |kí |ki |nói |noi |hỏi |hoi |trình |trinh |đó |do |gì |gi |j ";

    /**
     * Where a question lists things: commas and the words that join a list or a sequence of steps ("làm khai tử xong rồi
     * xóa hộ khẩu"), typed with or without marks.
     */
    private static final Pattern PART_BREAK = Pattern.compile(
            "[,;+/]|(?<![\\p{L}\\d])(?:và|va|(?<!" + TO_WHOM + ")(?:với|voi)|vs|lẫn|cùng với|hoặc|rồi|roi|xong rồi|xong roi|sau đó|sau do)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A part opening with one of these goes on from what came before ("đã ly hôn, giờ xin giấy xác nhận…"): what came
     * before is the story, no item of a list.
     */
    private static final Pattern GOES_ON = Pattern.compile(
            "^(?:giờ|gio|bây giờ|bay gio|nay|thì|thi|mà|ma|nhưng|nhung|nên|nen|để|de|còn|vì|vi|vậy|vay)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A part before the last opening with a person or a household, or with when it happened and then them, tells what
     * happened to them ("Nhà có đám cưới, muốn dựng rạp…", "Cuối tháng nhà tôi làm đám cưới…", "Mẹ tôi đang hưởng lương
     * hưu thì mất, … nhận tiền tuất"): a story, not an item of a list.
     */
    private static final Pattern TELLS = Pattern.compile(
            "^(?:(?:(?:cuối|đầu|giữa|cuoi|dau|giua) (?:tháng|tuần|năm|thang|tuan|nam)(?: (?:này|sau|trước|nay|truoc))?"
                    + "|hôm qua|hom qua|hôm nay|hom nay|tuần trước|tuan truoc|tháng trước|thang truoc|năm ngoái|nam ngoai"
                    + "|tháng sau|thang sau|tuần sau|tuan sau|năm sau|nam sau|sắp tới|sap toi|hồi trước|hoi truoc|trước đây|truoc day) )?"
                    + "(?:tôi|toi|em|e|mình|minh|nhà|nha|gia đình|gia dinh|vợ chồng|vo chong|bố|bo|ba|mẹ|me|má|ma|ông|ong|bà|vợ|vo|chồng|chong|ck|vk"
                    + "|anh|chị|chi|con|cháu|chau)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A person opening a part with what they want or need ("Em muốn đăng ký kết hôn…") asks, it tells no tale. */
    private static final Pattern WISHES = Pattern.compile(
            "^\\S+(?: \\S+)? (?:muốn|muon|cần|can|định|dinh|xin|phải|phai)(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A part before the last saying what befell someone or what they have or lack ("đi tuần bị ngã gãy chân", "chưa có thẻ
     * bảo hiểm y tế") tells the story too.
     */
    private static final Pattern CIRCUMSTANCE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:bị|bi|chưa có|chua co|không có|khong co|ko co|đã có|da co|đã)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A part names a procedure when that procedure accounts for this much of the part. */
    private static final double NAMES_IT = 0.6;
    /**
     * A list names things briefly ("khai sinh, khai tử, kết hôn cần gì"); a longer part before the last is a
     * story told before the question ("nhà có đám cưới, muốn dựng rạp…"), not an item of a list.
     */
    private static final int LIST_ITEM_SYLLABLES = 6;

    private final ObjectWords objects;
    private final Variants variants;

    SeveralAsked(ObjectWords objects, Variants variants) {
        this.objects = objects;
        this.variants = variants;
    }

    /**
     * @param decide     decides one question or part
     * @param meaningful how many meaningful syllables a part has (chat words left out)
     */
    DecisionPolicy.Verdict decide(String question, Function<String, DecisionPolicy.Verdict> decide, ToIntFunction<String> meaningful) {
        DecisionPolicy.Verdict whole = decide.apply(question);
        if (whole.decision() == Decision.REFER || whole.decision() == Decision.DECLINE) return whole;
        // The sentences before the one that asks tell the story ("Tháng sau bọn em cưới. Em muốn đăng ký kết hôn rồi chuyển
        // khẩu về nhà chồng…"): a list is in the sentence that asks.
        List<String> split = Arrays.stream(PART_BREAK.split(askingSentence(question))).map(String::strip).filter(p -> !p.isEmpty()).toList();
        // What the story tells is no item of the list that may follow it ("ba em mất, làm khai tử xong rồi có phải xóa tên…").
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            String part = split.get(i);
            boolean tale = TELLS.matcher(part).find() && !WISHES.matcher(part).find() || CIRCUMSTANCE.matcher(part).find();
            if (i == split.size() - 1 || !tale) parts.add(part);
        }
        // A part going on from what came before ("Mới cưới xong, giờ muốn đăng ký kết hôn rồi chuyển hộ khẩu…") makes what came
        // before the story: a list may follow it.
        for (int i = parts.size() - 1; i > 0; i--) {
            if (GOES_ON.matcher(parts.get(i)).find()) {
                parts = new ArrayList<>(parts.subList(i, parts.size()));
                break;
            }
        }
        if (parts.size() < 2 || parts.subList(0, parts.size() - 1).stream().anyMatch(p -> meaningful.applyAsInt(p) > LIST_ITEM_SYLLABLES)) {
            return whole;
        }
        // Each part's answer, the first part to name a procedure first.
        Map<String, DecisionPolicy.Verdict> asked = new LinkedHashMap<>();
        for (String part : parts) {
            DecisionPolicy.Verdict verdict = decide.apply(part);
            if (verdict.decision() != Decision.ANSWER) continue;
            Candidate answer = verdict.ordered().get(0);
            // The part names the procedure itself (not a life event that leads to it) and little else.
            if (answer.objectPair() > 0 && answer.coverage() >= NAMES_IT) asked.putIfAbsent(answer.code(), verdict);
        }
        // A part asking a variant ("cán bộ có đến nhà đăng ký khai tử không": the mobile one) says which of it and its
        // base another part asks ("người nhà mất": a death) is meant.
        if (asked.keySet().removeIf(code -> asked.keySet().stream().anyMatch(other -> isBaseOf(code, other))) && asked.size() == 1) {
            return answer(asked.values().iterator().next().ordered().get(0), whole);
        }
        if (asked.size() < 2) return whole;
        for (Candidate c : whole.ordered().subList(0, Math.min(DecisionPolicy.MAX_CHOICES, whole.ordered().size()))) {
            if (asked.values().stream().allMatch(part -> covers(c, part))) return answer(c, whole);
        }
        List<Candidate> choices = asked.values().stream().map(v -> v.ordered().get(0)).limit(DecisionPolicy.MAX_CHOICES).toList();
        List<Candidate> ordered = new ArrayList<>(choices);
        whole.ordered().stream().filter(c -> !asked.containsKey(c.code())).forEach(ordered::add);
        return new DecisionPolicy.Verdict(Decision.CLARIFY, ordered, choices.size(), Optional.empty(), whole.saidPairs());
    }

    /** The last sentence with a letter in it, or the whole question. */
    private static String askingSentence(String question) {
        String[] sentences = SENTENCE_END.split(question);
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].chars().anyMatch(Character::isLetter)) return sentences[i];
        }
        return question;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]+(?=\\s|$)");

    /**
     * Whether a procedure answers what a part asked: it is the part's answer, or its name says what the part
     * named as the part's answer does ("đăng ký thường trú" for "nhập hộ khẩu", a synonym), in words that name a thing
     * ({@link ObjectWords}: not "giấy tờ", which many names say). Its name, not its
     * keywords: a joint procedure names each of its parts. Not the base of a variant the part asked ("khai tử" for
     * "cán bộ có đến nhà đăng ký khai tử không", which asks the mobile one).
     */
    private boolean covers(Candidate c, DecisionPolicy.Verdict part) {
        Candidate answer = part.ordered().get(0);
        if (c.code().equals(answer.code())) return true;
        if (isBaseOf(c.code(), answer.code())) return false;
        for (String pair : part.saidPairs()) {
            if (objects.namesObject(pair) && answer.profile().titlePairs().contains(pair) && c.profile().namePairs().contains(pair)) {
                return true;
            }
        }
        return false;
    }

    private boolean isBaseOf(String base, String variant) {
        return variants.of(variant).filter(v -> v.base().equals(base)).isPresent();
    }

    private static DecisionPolicy.Verdict answer(Candidate c, DecisionPolicy.Verdict whole) {
        List<Candidate> ordered = new ArrayList<>(List.of(c));
        whole.ordered().stream().filter(o -> !o.code().equals(c.code())).forEach(ordered::add);
        return new DecisionPolicy.Verdict(Decision.ANSWER, ordered, 1, Optional.empty(), whole.saidPairs());
    }
}
