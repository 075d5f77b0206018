package vn.gov.ward.assistant.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.support.StatusChanges;

@AssistantTest
class DossierCsvImportTest {

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierCsvImport csvImport;
    @Autowired
    StatusChanges changes;

    static final String CSV = """
            code,procedureCode,applicantName,applicantPhone,zaloUserId,officerId,receivedAt,appointmentAt,status
            000.32.33.H26-260310-0001,1.001193,Nguyễn Văn An,0912345001,,tuphap-hotich-01,2026-03-10T08:00:00+07:00,2026-03-11T08:00:00+07:00,RECEIVED
            000.32.33.H26-260310-0002,1.001193,"Trần Thị Bích, Ngọc",0912345002,123456789,tuphap-hotich-02,2026-03-10T09:00,,IN_PROGRESS
            000.32.33.H26-260310-0003,9.999999,Lê Văn C,0912345003,,motcua-01,2026-03-10T09:00,,RECEIVED
            000.32.33.H26-260310-0004,1.001193,Phạm Thu Hà,12345,,motcua-01,2026-03-10T09:00,,RECEIVED
            bad-code,1.001193,Phạm Thu Hà,0912345005,,motcua-01,2026-03-10T09:00,,RECEIVED
            000.32.33.H26-260310-0006,1.001193,Vũ Lan,0912345006,,motcua-01,2026-03-10T09:00,,FINISHED
            000.32.33.H26-260310-0007,1.000894,Đỗ Hùng,0912345007,,motcua-01,2026-03-10T09:00,,RECEIVED
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
                "\"line\":8", "appointmentAt: required for procedure 1.000894");
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
}
