package vn.gov.ward.assistant.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.dossier.internal.DossierStore;
import vn.gov.ward.assistant.support.StatusChanges;

@AssistantTest
@ExtendWith(OutputCaptureExtension.class)
class DossierCsvImportTest {

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierCsvImport csvImport;
    @Autowired
    StatusChanges changes;
    @Autowired
    DossierStore store;
    @Autowired
    IntakeValidator validator;

    static final String CSV = """
            code,procedureCode,applicantName,applicantPhone,zaloUserId,officerId,receivedAt,appointmentAt,status
            000.32.33.H26-260310-0001,1.001193,Nguyễn Văn An,0912345001,,tuphap-hotich-01,2026-03-10T08:00:00+07:00,2026-03-11T08:00:00+07:00,RECEIVED
            000.32.33.H26-260310-0002,1.001193,"Trần Thị Bích, Ngọc",0912345002,123456789,tuphap-hotich-02,2026-03-10T09:00,,IN_PROGRESS
            000.32.33.H26-260310-0003,9.999999,Lê Văn C,0912345003,,motcua-01,2026-03-10T09:00,,RECEIVED
            000.32.33.H26-260310-0004,1.001193,Phạm Thu Hà,12345,,motcua-01,2026-03-10T09:00,,RECEIVED
            bad-code,1.001193,Phạm Thu Hà,0912345005,,motcua-01,2026-03-10T09:00,,RECEIVED
            000.32.33.H26-260310-0006,1.001193,Vũ Lan,0912345006,,motcua-01,2026-03-10T09:00,,FINISHED
            000.32.33.H26-260310-0007,2.000635,Đỗ Hùng,0912345007,,motcua-01,2026-03-10T09:00,,RECEIVED
            """;

    @Test
    void goodRowsAreStoredBadRowsReportedByLineAndReimportChangesNothing() {
        // Codes of their own for each run: the embedded Redis keeps what earlier runs wrote.
        String day = String.format("%06d", System.nanoTime() % 1_000_000);
        String csv = CSV.replace("260310", day);
        HttpJson http = new HttpJson(port);
        HttpJson.Response first = http.postBody("/api/v1/dossiers/import", "text/csv", csv, "X-Api-Key", AssistantTest.API_KEY);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().get("rows").asLong()).isEqualTo(7);
        assertThat(first.body().get("created").asLong()).as(first.raw()).isEqualTo(2);
        assertThat(first.body().get("rejected").asLong()).isEqualTo(5);
        String errors = first.body().get("errors").toString();
        assertThat(errors).contains("\"line\":4", "procedureCode", "\"line\":5", "applicantPhone", "\"line\":6", "code",
                "\"line\":7", "status",
                "\"line\":8", "appointmentAt: required for procedure 2.000635");
        assertThat(dossiers.find("000.32.33.H26-" + day + "-0002").orElseThrow().applicant().name()).isEqualTo("Trần Thị Bích, Ngọc");
        assertThat(dossiers.find("000.32.33.H26-" + day + "-0002").orElseThrow().applicant().zaloUserId()).isEqualTo("123456789");

        HttpJson.Response again = http.postBody("/api/v1/dossiers/import", "text/csv", csv, "X-Api-Key", AssistantTest.API_KEY);
        assertThat(again.body().get("created").asLong()).isZero();
        assertThat(again.body().get("updated").asLong()).isZero();
        assertThat(again.body().get("unchanged").asLong()).isEqualTo(2);
    }

    @Test
    void aStatusTheFileMovesIsAnnouncedLikeAnApiChangeButADossierFirstSeenInAFileIsNot() throws Exception {
        String day = String.format("%06d", System.nanoTime() % 1_000_000);
        String header = CSV.lines().findFirst().orElseThrow() + "\n";
        String row = "000.32.33.H26-" + day + "-0011,1.001193,Nguyễn Văn An,0912345011,,tuphap-hotich-01,2026-03-10T08:00:00+07:00,"
                + "2026-03-11T08:00:00+07:00,";
        String other = "000.32.33.H26-" + day + "-0012,1.001193,Lê Thị Bình,0912345012,,tuphap-hotich-01,2026-03-10T08:00:00+07:00,"
                + "2026-03-11T08:00:00+07:00,";

        String[] codes = {"000.32.33.H26-" + day + "-0011", "000.32.33.H26-" + day + "-0012"};
        csvImport.run(csv(header + row + "RETURNED\n" + other + "IN_PROGRESS\n"));
        csvImport.run(csv(header + row + "RETURNED\n" + other + "RESULT_READY\n"));

        // Carried out in the order stored: once the second file's change is heard, one of the first would have been.
        await().atMost(Duration.ofSeconds(15)).until(() -> !changes.of(codes).isEmpty());
        assertThat(changes.of(codes)).as("a first import may be history").singleElement().satisfies(change -> {
            assertThat(change.dossier().code()).isEqualTo("000.32.33.H26-" + day + "-0012");
            assertThat(change.dossier().status()).isEqualTo(DossierStatus.RESULT_READY);
            assertThat(change.previous()).isEqualTo(DossierStatus.IN_PROGRESS);
        });
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aHeaderWithoutRequiredColumnsIsRefused() {
        HttpJson http = new HttpJson(port);
        HttpJson.Response r = http.postBody("/api/v1/dossiers/import", "text/csv", "code,status\nx,RECEIVED\n",
                "X-Api-Key", AssistantTest.API_KEY);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("message").asString()).contains("procedureCode");
        assertThat(http.postBody("/api/v1/dossiers/import", "text/csv", CSV).status()).isEqualTo(401);
    }

    private static String day() {
        return String.format("%06d", System.nanoTime() % 1_000_000);
    }

    private static String row(String day, int n, String receivedAt) {
        return "000.32.33.H26-" + day + "-" + String.format("%04d", n) + ",1.001193,Nguyễn Văn An,09123" + String.format("%05d", n)
                + ",,tuphap-hotich-01," + receivedAt + ",,RECEIVED\n";
    }

    @Test
    void aBadDateOnLine1002Of1200IsReportedAndEveryOtherRowIsStored() {
        String day = day();
        StringBuilder csv = new StringBuilder(CSV.lines().findFirst().orElseThrow()).append('\n');
        for (int n = 1; n <= 1200; n++) {
            // Line 1,002 is row 1,001: received in a year the calendar cannot count.
            csv.append(row(day, n, n == 1001 ? "2099-01-05T08:00" : "2026-03-10T08:00"));
        }
        HttpJson.Response r = new HttpJson(port).postBody("/api/v1/dossiers/import", "text/csv", csv.toString(),
                "X-Api-Key", AssistantTest.API_KEY);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.body().get("rows").asLong()).isEqualTo(1200);
        assertThat(r.body().get("created").asLong()).isEqualTo(1199);
        assertThat(r.body().get("rejected").asLong()).isEqualTo(1);
        assertThat(r.body().get("errors").get(0).get("line").asLong()).isEqualTo(1002);
        assertThat(r.body().get("errors").get(0).get("reason").asString()).startsWith("receivedAt: ");
        assertThat(dossiers.find("000.32.33.H26-" + day + "-1200")).isPresent();
        assertThat(dossiers.find("000.32.33.H26-" + day + "-1001")).isEmpty();
    }

    @Test
    void everyLineIsJudgedOnItsOwnInvalidUtf8AndBrokenQuotingIncluded() throws Exception {
        String day = day();
        byte[] header = (CSV.lines().findFirst().orElseThrow() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] good = row(day, 1, "2026-03-10T08:00").getBytes(StandardCharsets.UTF_8);
        // "Nguy\xC3n": a lead byte without its continuation, which a lenient reader turns into U+FFFD.
        byte[] invalid = row(day, 2, "2026-03-10T08:00").replace("Nguyễn", "Nguy\u0000n").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < invalid.length; i++) if (invalid[i] == 0) invalid[i] = (byte) 0xC3;
        byte[] quoted = row(day, 3, "2026-03-10T08:00").replace("Nguyễn Văn An", "\"Nguyễn\" Văn\"An").getBytes(StandardCharsets.UTF_8);
        byte[] fields = "000.32.33.H26-000000-0004,1.001193\n".getBytes(StandardCharsets.UTF_8);
        byte[] last = row(day, 5, "2026-03-10T08:00").getBytes(StandardCharsets.UTF_8);
        var body = new java.io.ByteArrayOutputStream();
        for (byte[] part : new byte[][] {header, good, invalid, quoted, fields, last}) body.write(part);

        DossierCsvImport.Report report = csvImport.run(new ByteArrayInputStream(body.toByteArray()));
        assertThat(report.complete()).isTrue();
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.errors()).extracting(DossierCsvImport.RowError::line).containsExactly(3L, 4L, 5L);
        assertThat(report.errors().get(0).reason()).isEqualTo("not valid UTF-8");
        assertThat(report.errors().get(1).reason()).contains("quote");
        assertThat(report.errors().get(2).reason()).contains("2 fields", "9");
        assertThat(report.errors().stream().map(DossierCsvImport.RowError::reason).toList().toString()).doesNotContainPattern("[A-Z][a-z]+(Exception|Error)\\b").doesNotContain("java.");
        assertThat(dossiers.find("000.32.33.H26-" + day + "-0002")).isEmpty();
        assertThat(dossiers.find("000.32.33.H26-" + day + "-0005")).isPresent();
    }

    @Test
    void aHeaderProblemIs400AndNoRowIsLogged(CapturedOutput output) {
        HttpJson http = new HttpJson(port);
        String dataRow = "000.32.33.H26-260310-0001,1.001193,Hoàng Thị Riêng,0912399887,,motcua-01,2026-03-10T08:00,,RECEIVED\n";
        for (String csv : new String[] {"\n" + dataRow, "", "code,,status\n" + dataRow, "code,code\n", dataRow}) {
            HttpJson.Response r = http.postBody("/api/v1/dossiers/import", "text/csv", csv, "X-Api-Key", AssistantTest.API_KEY);
            assertThat(r.status()).as(csv + " → " + r.raw()).isEqualTo(400);
            assertThat(r.raw()).doesNotContain("Riêng", "0912399887");
        }
        assertThat(output.getAll()).doesNotContain("Riêng", "0912399887");
    }

    @Test
    void aBodyOverTheLimitIsCutAndReported() throws Exception {
        String day = day();
        DossierCsvImport small = new DossierCsvImport(dossiers, store, validator, DataSize.ofBytes(600));
        StringBuilder csv = new StringBuilder(CSV.lines().findFirst().orElseThrow()).append('\n');
        for (int n = 1; n <= 10; n++) csv.append(row(day, n, "2026-03-10T08:00"));
        DossierCsvImport.Report report = small.run(csv(csv.toString()));
        assertThat(report.complete()).isFalse();
        assertThat(report.created()).isBetween(1L, 9L);
        assertThat(report.errors()).last().satisfies(e -> assertThat(e.reason()).contains("over the import's limit of 600 bytes", "nothing from here on was read"));
    }
}
