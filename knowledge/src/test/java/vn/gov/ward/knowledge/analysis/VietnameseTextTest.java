package vn.gov.ward.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    /** The definition: decompose, drop the marks, đ as d, lower case. */
    private static String reference(String text) {
        String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
        return bare.toLowerCase(Locale.forLanguageTag("vi"));
    }

    @Test
    void foldsEveryVietnameseLetterComposedOrDecomposed() {
        String letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
        String expected = "aaaaaaaaaaaaaaaaaabcddeeeeeeeeeeeeghiiiiiiklmnoooooooooooooooooopqrstuuuuuuuuuuuuvxyyyyyy";
        assertThat(VietnameseText.fold(letters)).isEqualTo(expected);
        assertThat(VietnameseText.fold(letters.toUpperCase(Locale.ROOT))).isEqualTo(expected);
        assertThat(VietnameseText.fold(Normalizer.normalize(letters, Normalizer.Form.NFD))).isEqualTo(expected);
        assertThat(VietnameseText.fold("Đăng ký khai sinh, 2 bản sao!")).isEqualTo("dang ky khai sinh, 2 ban sao!");
    }

    @Test
    void agreesWithDecomposingOnAnyText() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                // mostly the Latin blocks and marks, sometimes anything in the Basic Multilingual Plane
                int c = random.nextInt(4) == 0 ? random.nextInt(0xD800) : random.nextInt(0x1F00);
                text.append((char) c);
            }
            assertThat(VietnameseText.fold(text.toString())).as("U+%s", text.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(reference(text.toString()));
        }
    }

    @Test
    void aSyllableSpeltWithIOrYFoldsTheSameWhereBothSpellingsAreOneWord() {
        assertThat(List.of("ký", "kí", "KÝ", "ky", "ki")).allSatisfy(s -> assertThat(VietnameseText.foldSyllable(s)).isEqualTo("ki"));
        assertThat(VietnameseText.foldSyllable("lý")).isEqualTo(VietnameseText.foldSyllable("lí"));
        assertThat(VietnameseText.foldSyllable("mỹ")).isEqualTo(VietnameseText.foldSyllable("mĩ"));
        assertThat(VietnameseText.foldSyllable("quý")).isEqualTo(VietnameseText.foldSyllable("quí"));
        // other words keep their y: "huy" is not "hui", "y tế" is not "i tế"
        assertThat(VietnameseText.foldSyllable("huy")).isEqualTo("huy");
        assertThat(VietnameseText.foldSyllable("tay")).isEqualTo("tay");
        assertThat(VietnameseText.foldSyllable("y")).isEqualTo("y");
        assertThat(VietnameseText.foldSyllable("Đăng")).isEqualTo("dang");
    }

    @Test
    void aSyllableWithItsMarksIsOneWhereverTheToneWasPlacedAndTwoWhereTheMarksDiffer() {
        assertThat(VietnameseText.toned("hoà")).isEqualTo(VietnameseText.toned("hòa"));
        assertThat(VietnameseText.toned("kí")).isEqualTo(VietnameseText.toned("Ký"));
        assertThat(VietnameseText.toned("Đăng")).isEqualTo(VietnameseText.toned("đăng")).isNotEqualTo(VietnameseText.toned("dang"));
        assertThat(VietnameseText.toned("hồ")).isNotEqualTo(VietnameseText.toned("hộ"));
        assertThat(VietnameseText.toned("họ")).isNotEqualTo(VietnameseText.toned("hộ"));
        assertThat(VietnameseText.toned("mất")).isNotEqualTo(VietnameseText.toned("mật"));
    }

    @Test
    void returnsTextAlreadyFoldedAsItIs() {
        String plain = "lam giay khai sinh";
        assertThat(VietnameseText.fold(plain)).isSameAs(plain);
    }
}
