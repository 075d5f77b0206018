package vn.gov.ward.assistant.dossier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Names as a status reply may show them: family and given name, middle names reduced to initials. */
public final class PersonalNames {

    private PersonalNames() {
    }

    /** "Nguyễn Văn An" → "Nguyễn V. A.", "Trần Thị Bích Ngọc" → "Trần T. B. N.", "An" → "A." */
    public static String masked(String fullName) {
        List<String> parts = Arrays.stream(fullName.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        if (parts.isEmpty()) return "";
        if (parts.size() == 1) return initial(parts.get(0));
        List<String> shown = new ArrayList<>();
        shown.add(parts.get(0));
        for (String part : parts.subList(1, parts.size())) shown.add(initial(part));
        return String.join(" ", shown);
    }

    private static String initial(String word) {
        return word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase() + ".";
    }
}
