package vn.gov.ward.assistant.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.calendar.WorkingCalendar;

/**
 * The plan's report as a file: an Excel workbook (Apache POI) laid out for printing and for pasting
 * into the district's form, and CSV (UTF-8 with a byte-order mark, so Excel reads the diacritics).
 * Shares are fractions formatted as percentages in the workbook, percentages with one decimal in CSV.
 */
@Component
public class PlanReportFiles {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final List<String> DOSSIER_COLUMNS = List.of("Lĩnh vực", "Hồ sơ tiếp nhận", "Trong đó trực tuyến", "Tỷ lệ trực tuyến",
            "Đã giải quyết", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn", "Đang giải quyết cuối kỳ", "Trong đó quá hạn",
            "Lượt đánh giá", "Hài lòng (4–5 điểm)", "Tỷ lệ hài lòng", "Điểm trung bình (1–5)");
    static final List<String> TICKET_COLUMNS = List.of("Phản ánh, kiến nghị tiếp nhận", "Trả lời đúng hạn", "Trả lời trễ hạn",
            "Chưa trả lời", "Tỷ lệ trả lời đúng hạn");
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final List<String> NOTES = List.of(
            "Đã giải quyết: hồ sơ có kết quả (hoặc kết thúc) trong kỳ; đúng hạn nếu không quá ngày hẹn trả tính theo thời gian làm việc.",
            "Đang giải quyết cuối kỳ: hồ sơ đã tiếp nhận nhưng chưa có kết quả vào thời điểm chốt số liệu; quá hạn nếu đã qua ngày hẹn trả.",
            "Hài lòng: đánh giá 4 hoặc 5 điểm trên thang 5, của hồ sơ trả kết quả trong kỳ; mục tiêu của phường: từ 90% trở lên.",
            "Kỳ báo cáo: số liệu đến hết tháng liền trước hạn gửi báo cáo (báo cáo quý, 6 tháng gửi trước ngày 01 của tháng cuối quý; "
                    + "báo cáo năm gửi trước ngày 01/12).");

    private final ZoneId zone;

    PlanReportFiles(WorkingCalendar calendar) {
        this.zone = calendar.zone();
    }

    /** The workbook as a download named for its period. */
    public ResponseEntity<byte[]> xlsxDownload(PlanReport.Figures f) {
        return download(xlsx(f), XLSX, f.period().fileName() + ".xlsx");
    }

    /** The CSV as a download named for its period. */
    public ResponseEntity<byte[]> csvDownload(PlanReport.Figures f) {
        return download(csv(f).getBytes(StandardCharsets.UTF_8), CSV, f.period().fileName() + ".csv");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    public byte[] xlsx(PlanReport.Figures f) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Sheet sheet = book.createSheet("Báo cáo");
            int r = 0;
            text(sheet, r++, f.ward().toUpperCase(), styles.bold);
            text(sheet, r++, "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH", styles.title);
            text(sheet, r++, "Kỳ báo cáo: " + f.period().label() + " (" + f.period().span() + "); số liệu chốt lúc "
                    + AS_OF.format(f.asOf().atZone(zone)), null);
            text(sheet, r++, "Mục tiêu mức độ hài lòng: " + Math.round(f.target() * 100) + "%", null);
            r++;
            text(sheet, r++, "I. Giải quyết hồ sơ thủ tục hành chính và mức độ hài lòng, theo lĩnh vực", styles.bold);
            header(sheet, r++, DOSSIER_COLUMNS, styles.header);
            for (PlanReport.Row row : f.fields()) dossierRow(sheet.createRow(r++), row, styles, false);
            dossierRow(sheet.createRow(r++), f.total(), styles, true);
            r++;
            text(sheet, r++, "II. Tiếp nhận và trả lời phản ánh, kiến nghị", styles.bold);
            header(sheet, r++, TICKET_COLUMNS, styles.header);
            Row tickets = sheet.createRow(r++);
            PlanReport.Tickets t = f.tickets();
            number(tickets, 0, t.received(), styles.count);
            number(tickets, 1, t.answeredOnTime(), styles.count);
            number(tickets, 2, t.answeredLate(), styles.count);
            number(tickets, 3, t.unanswered(), styles.count);
            share(tickets, 4, t.onTimeShare(), styles.percent);
            r++;
            text(sheet, r++, "Ghi chú", styles.bold);
            for (String note : NOTES) text(sheet, r++, note, null);
            sheet.setColumnWidth(0, 40 * 256);
            for (int c = 1; c < DOSSIER_COLUMNS.size(); c++) sheet.setColumnWidth(c, 14 * 256);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String csv(PlanReport.Figures f) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(f.ward(), f.period().label(), f.period().span());
            csv.printRecord(DOSSIER_COLUMNS);
            for (PlanReport.Row row : f.fields()) csv.printRecord(csvRow(row));
            csv.printRecord(csvRow(f.total()));
            csv.println();
            csv.printRecord(TICKET_COLUMNS);
            PlanReport.Tickets t = f.tickets();
            csv.printRecord(t.received(), t.answeredOnTime(), t.answeredLate(), t.unanswered(), percent(t.onTimeShare()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> csvRow(PlanReport.Row row) {
        List<Object> values = new ArrayList<>(List.of(row.field(), row.received(), row.receivedOnline()));
        values.add(percent(row.onlineShare()));
        values.addAll(List.of(row.resolved(), row.resolvedOnTime(), row.resolvedLate()));
        values.add(percent(row.onTimeShare()));
        values.addAll(List.of(row.pending(), row.overdue(), row.ratings(), row.satisfied()));
        values.add(percent(row.satisfiedShare()));
        values.add(row.meanScore() == null ? "" : String.format(Locale.ROOT, "%.2f", row.meanScore()));
        return values;
    }

    private static String percent(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "%.1f", share * 100);
    }

    private static void dossierRow(Row row, PlanReport.Row r, Styles styles, boolean total) {
        Cell name = row.createCell(0);
        name.setCellValue(r.field());
        name.setCellStyle(total ? styles.bold : styles.wrapped);
        number(row, 1, r.received(), styles.count);
        number(row, 2, r.receivedOnline(), styles.count);
        share(row, 3, r.onlineShare(), styles.percent);
        number(row, 4, r.resolved(), styles.count);
        number(row, 5, r.resolvedOnTime(), styles.count);
        number(row, 6, r.resolvedLate(), styles.count);
        share(row, 7, r.onTimeShare(), styles.percent);
        number(row, 8, r.pending(), styles.count);
        number(row, 9, r.overdue(), styles.count);
        number(row, 10, r.ratings(), styles.count);
        number(row, 11, r.satisfied(), styles.count);
        share(row, 12, r.satisfiedShare(), styles.percent);
        if (r.meanScore() != null) {
            Cell mean = row.createCell(13);
            mean.setCellValue(r.meanScore());
            mean.setCellStyle(styles.mean);
        }
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A share as a fraction shown as a percentage; empty when there is nothing to divide by. */
    private static void share(Row row, int column, Double value, CellStyle style) {
        if (value == null) return;
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void text(Sheet sheet, int r, String text, CellStyle style) {
        Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(text);
        if (style != null) cell.setCellStyle(style);
    }

    private static void header(Sheet sheet, int r, List<String> titles, CellStyle style) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(48);
        for (int c = 0; c < titles.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(titles.get(c));
            cell.setCellStyle(style);
        }
    }

    /** The workbook's few styles, made once (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle title;
        final CellStyle header;
        final CellStyle wrapped;
        final CellStyle count;
        final CellStyle percent;
        final CellStyle mean;

        Styles(Workbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(boldFont);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            header = book.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
            count = book.createCellStyle();
            count.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            mean = book.createCellStyle();
            mean.setDataFormat(book.createDataFormat().getFormat("0.00"));
        }
    }
}
