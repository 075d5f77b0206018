package vn.gov.ward.knowledge.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.catalogue.Catalogue;
import vn.gov.ward.knowledge.catalogue.CatalogueImporter;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.ward.WardProfile;
import vn.gov.ward.knowledge.ward.WardProfileLoader;

/** What the benchmarks search: the real catalogue with the real ward layer, a generated big one, citizen questions. */
final class BenchmarkData {

    /** Seed of the generated catalogue: the same 10,000 procedures on every run. */
    static final long SEED = 20_240_601L;

    /**
     * Fifty citizen questions across the ward's fields, as people type them: with and without
     * tone marks, abbreviations and typos, long and short, an exact code, and questions the ward
     * does not handle (which must be declined).
     */
    static final List<String> QUESTIONS = List.of(
            // hộ tịch
            "cho em hỏi làm giấy khai sinh cho con cần những gì ạ",
            "dang ky khai sinh cho be can giay to gi",
            "lm giay ks cho con o dau v ad",
            "đkks cho bé mới sinh cần mang theo gì",
            "chưa đăng ký kết hôn mà có con, làm giấy khai sinh có tên bố được không",
            "lam giay chung tu cho ong noi can mang j",
            "đăng ký kết hôn cần mang theo giấy tờ gì",
            "xin giay xac nhan tinh trang hon nhan de mua nha",
            "sửa tên đệm trên giấy khai sinh cho con được không",
            "dang ky giam ho cho nguoi mat nang luc hanh vi dan su can gi",
            "mất bản chính giấy khai sinh thì xin lại ở đâu",
            "nhận cha cho con khi bố mẹ chưa đăng ký kết hôn",
            // chứng thực
            "cong chung cccd vs bang tot nghiep o phuong dc k",
            "chứng thực bản sao từ bản chính sổ hộ khẩu mất bao nhiêu tiền",
            "xac nhan chu ky trong don o phuong duoc khong",
            "chung thuc hop dong the chap nha dat o phuong duoc khong",
            // cư trú, căn cước
            "nhập hk cho con mới sinh làm sao",
            "chu nha tro dang ky tam tru ho nguoi thue dc ko",
            "cắt khẩu cho người đã mất làm ở đâu",
            "thong bao luu tru cho khach o nha nghi",
            "lam can cuoc lan dau can gi",
            "trẻ dưới 6 tuổi làm căn cước có phải chụp ảnh, lấy vân tay không",
            "bi mat vi va the can cuoc, cap lai mat bao lau",
            // đất đai, xây dựng
            "sổ đỏ ghi sai tên chủ, đính chính ở đâu",
            "chuyen muc dich tu dat nong nghiep len tho cu o phuong dc ko",
            "sửa chữa, cải tạo nhà có cần xin giấy phép không",
            "nhà có đám cưới, muốn dựng rạp trên lòng đường vài hôm thì xin phép ở đâu",
            "hòa giải tranh chấp đất đai giữa hai nhà hàng xóm",
            // kinh doanh, bảo hiểm, xã hội
            "dang ky ho kinh doanh can giay to gi",
            "muốn tạm ngừng kinh doanh 3 tháng thì báo ở đâu",
            "the bao hiem y te bi sai ngay sinh, sua o dau",
            "nhan tien thai san khi sinh con can giay to gi",
            "xác định mức độ khuyết tật cần hồ sơ gì",
            "ra soat ho ngheo ho can ngheo dinh ky hang nam",
            "trợ cấp xã hội hàng tháng cho người cao tuổi trên 80",
            "mai tang phi cho nguoi huong tro cap xa hoi",
            // khác
            "xin thoi lam hoa giai vien thi lam don j",
            "đăng ký nuôi con nuôi trong nước cần những giấy tờ gì",
            "biển số xe bị mờ, xin đổi biển mới thế nào",
            "hàng xóm mất không có ai thừa kế, tài sản để lại xử lý thế nào",
            "1.001193",
            "khai sinh",
            "bhyt",
            // out of scope: must decline
            "làm hộ chiếu đi du lịch Thái Lan ở đâu",
            "quyết toán thuế tncn online kiểu gì",
            "tien dien thang nay sao cao v",
            "mai troi co mua khong",
            "gia hạn bằng lái xe ô tô ở đâu",
            "tiêm vắc xin sởi cho bé ở đâu",
            // a long message pasted from a chat
            "dạ em chào anh chị ạ, em ở tổ 5, nhà em mới sinh bé thứ hai được 3 tuần, giờ em muốn làm giấy khai sinh"
                    + " và nhập hộ khẩu cho bé luôn thì cần mang những giấy tờ gì, có mất phí không, bao lâu thì lấy được ạ");

    private BenchmarkData() {
    }

    /** config/ward.yml, from the project root or from knowledge/ (where Maven runs the benchmarks). */
    static WardProfile realWard() {
        for (Path candidate : List.of(Path.of("config", "ward.yml"), Path.of("..", "config", "ward.yml"))) {
            if (Files.isRegularFile(candidate)) return WardProfileLoader.load(candidate);
        }
        throw new IllegalStateException("config/ward.yml not found from " + Path.of("").toAbsolutePath()
                + "; run the benchmarks from the project root or from knowledge/");
    }

    static Catalogue realCatalogue() {
        return CatalogueImporter.importBundled(realWard()).catalogue();
    }

    /**
     * The real catalogue topped up to {@code size} procedures with generated ones: each takes the
     * start of one real name and the end of another, the field of a third, the documents, result
     * and keywords of others, and a code of its own ("SYN-00001"). Deterministic for a seed.
     */
    static Catalogue generated(Catalogue real, int size, long seed) {
        List<Procedure> base = real.procedures();
        List<Procedure> all = new ArrayList<>(base);
        Random random = new Random(seed);
        List<String> referralTerms = referralTerms();
        for (int i = 1; all.size() < size; i++) {
            Procedure p = pick(base, random);
            String name = recombinedName(pick(base, random).name(), pick(base, random).name(), random);
            // A recombined name may say a service the ward does not handle ("… cấp hộ chiếu"): the search refuses a
            // catalogue whose names say its referrals' terms, as it would a ward's.
            if (referralTerms.stream().anyMatch(words(name)::contains)) continue;
            all.add(new Procedure(
                    "SYN-%05d".formatted(i),
                    name,
                    pick(base, random).field(),
                    p.agency(),
                    pick(base, random).result(),
                    pick(base, random).documentGroups(),
                    p.processingTime(),
                    p.fee(),
                    p.submissionMethods(),
                    p.legalBasis(),
                    p.steps(),
                    p.requirements(),
                    p.sourceUrl(),
                    p.sourceKind(),
                    pick(base, random).keywords(),
                    null));
        }
        return new Catalogue(all);
    }

    /** The bundled referrals' terms, those for switched-off fields included, folded, each between spaces. */
    private static List<String> referralTerms() {
        try (InputStream referrals = BenchmarkData.class.getResourceAsStream("/search/referrals.yml");
             InputStream forFieldsOff = BenchmarkData.class.getResourceAsStream("/search/field-referrals.yml")) {
            List<String> terms = new ArrayList<>();
            YAMLMapper yaml = YAMLMapper.builder().build();
            yaml.readTree(referrals).forEach(r -> r.path("terms").forEach(t -> terms.add(words(t.asString()))));
            yaml.readTree(forFieldsOff).forEach(f -> f.path("referral").path("terms").forEach(t -> terms.add(words(t.asString()))));
            return terms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String words(String text) {
        return " " + VietnameseText.fold(text).replaceAll("[^a-z0-9]+", " ").strip() + " ";
    }

    private static String recombinedName(String first, String second, Random random) {
        String[] head = first.split("\\s+");
        String[] tail = second.split("\\s+");
        int keep = 1 + random.nextInt(Math.max(1, head.length - 1));
        int from = random.nextInt(Math.max(1, tail.length - 1));
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < keep; i++) name.append(head[i]).append(' ');
        for (int i = from; i < tail.length; i++) name.append(tail[i]).append(' ');
        return name.toString().strip();
    }

    private static Procedure pick(List<Procedure> procedures, Random random) {
        return procedures.get(random.nextInt(procedures.size()));
    }
}
