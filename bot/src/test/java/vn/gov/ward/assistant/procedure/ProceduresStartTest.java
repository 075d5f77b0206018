package vn.gov.ward.assistant.procedure;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import vn.gov.ward.assistant.AssistantApplication;
import vn.gov.ward.knowledge.catalogue.CatalogueException;

/** The catalogue is imported on a thread of its own, yet a bad ward layer still stops the start with its reason. */
class ProceduresStartTest {

    @TempDir
    Path dir;

    @Test
    void aWardLayerNamingAnUnknownProcedureStopsTheStartWithTheFileTheRecordAndTheProblem() throws Exception {
        Path ward = dir.resolve("ward.yml");
        Files.writeString(ward, Files.readString(Path.of("../config/ward.yml"))
                .replaceFirst("(?m)^procedures:\\n", "procedures:\n  \"9.999999\":\n    keywords: [\"không có thật\"]\n"));

        assertThatThrownBy(() -> new SpringApplicationBuilder(AssistantApplication.class).run(
                "--server.port=0", "--assistant.ward-file=" + ward, "--assistant.data-dir=" + dir.resolve("data"),
                "--assistant.holidays-dir=../config/holidays", "--assistant.demo-data=false", "--reminders.enabled=false",
                "--spring.main.banner-mode=off"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("ward layer").hasMessageContaining("9.999999").hasMessageContaining("not in");
    }
}
