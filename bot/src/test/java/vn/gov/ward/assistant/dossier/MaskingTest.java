package vn.gov.ward.assistant.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void namesKeepTheFamilyNameAndInitials() {
        assertThat(PersonalNames.masked("Nguyễn Văn An")).isEqualTo("Nguyễn V. A.");
        assertThat(PersonalNames.masked("  Trần Thị Bích  Ngọc ")).isEqualTo("Trần T. B. N.");
        assertThat(PersonalNames.masked("Đặng")).isEqualTo("Đ.");
        assertThat(PersonalNames.masked("Lê ánh")).isEqualTo("Lê Á.");
    }

    @Test
    void phonesShowOnlyTheLastThreeDigits() {
        assertThat(PhoneNumbers.masked("0912345678")).isEqualTo("*******678");
    }

    @Test
    void phonesAreNormalisedFromTheUsualWritings() {
        assertThat(PhoneNumbers.normalise("0912 345 678")).contains("0912345678");
        assertThat(PhoneNumbers.normalise("+84 912.345.678")).contains("0912345678");
        assertThat(PhoneNumbers.normalise("84912345678")).contains("0912345678");
        assertThat(PhoneNumbers.normalise("024 3826 0000")).contains("02438260000");
        assertThat(PhoneNumbers.normalise("12345")).isEmpty();
        assertThat(PhoneNumbers.normalise("0112345678")).isEmpty();
        assertThat(PhoneNumbers.international("0912345678")).isEqualTo("84912345678");
    }

    @Test
    void codesAreFoundAnywhereInAMessage() {
        DossierCodes codes = new DossierCodes("[0-9A-Z]{2,6}(?:\\.[0-9A-Z]{1,6}){1,4}-\\d{6}-\\d{4}");
        assertThat(codes.find("cho em tra ho so 000.32.33.h26-250120-0001 a")).contains("000.32.33.H26-250120-0001");
        assertThat(codes.find("ma ho so: 000.32.33.H26 - 250120 - 0001, sdt 5678")).contains("000.32.33.H26-250120-0001");
        assertThat(codes.find("000 . 32 . 33 . H26-250120-0001")).contains("000.32.33.H26-250120-0001");
        assertThat(codes.find("đăng ký khai sinh")).isEmpty();
        assertThat(codes.parse(" 000.32.33.h26-250120-0001 ")).contains("000.32.33.H26-250120-0001");
        assertThat(codes.parse("not-a-code")).isEmpty();
    }

    final PersonalNumbers personalNumbers = new PersonalNumbers(new DossierCodes("[0-9A-Z]{2,6}(?:\\.[0-9A-Z]{1,6}){1,4}-\\d{6}-\\d{4}"));

    @Test
    void phoneAndIdNumbersACitizenTypesKeepOnlyTheirLastThreeDigits() {
        assertThat(personalNumbers.masked("sđt của tôi 0912345678")).isEqualTo("sđt của tôi *******678");
        assertThat(personalNumbers.masked("gọi 0912 345 678 hoặc 0912.345.679 hoặc 0912-345-670")).isEqualTo("gọi *******678 hoặc *******679 hoặc *******670");
        assertThat(personalNumbers.masked("+84 912 345 678")).isEqualTo("********678");
        assertThat(personalNumbers.masked("CCCD của tôi là 001089012345.")).isEqualTo("CCCD của tôi là *********345.");
        assertThat(personalNumbers.masked("số tài khoản 19033445566778")).isEqualTo("số tài khoản ***********778");
    }

    @Test
    void dossierAndTicketCodesDatesAndSumsStayWhole() {
        assertThat(personalNumbers.masked("hồ sơ 000.00.23.H26-260310-0107 của tôi")).isEqualTo("hồ sơ 000.00.23.H26-260310-0107 của tôi");
        assertThat(personalNumbers.masked("ho so 000.00.23.h26 - 260201 - 0109 sdt 0912345678"))
                .isEqualTo("ho so 000.00.23.H26-260201-0109 sdt *******678");
        assertThat(personalNumbers.masked("phản ánh PA-260202-0001 và HT-260202-0003")).isEqualTo("phản ánh PA-260202-0001 và HT-260202-0003");
        assertThat(personalNumbers.masked("hẹn ngày 10/03/2026, nộp 10.03.2026")).isEqualTo("hẹn ngày 10/03/2026, nộp 10.03.2026");
        assertThat(personalNumbers.masked("lệ phí 1.500.000 đồng, 500.000đ")).isEqualTo("lệ phí 1.500.000 đồng, 500.000đ");
        assertThat(personalNumbers.masked("")).isEmpty();
    }
}
