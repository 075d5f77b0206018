package vn.gov.ward.knowledge.ward;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.catalogue.CatalogueException;

/** Reads the ward layer (config/ward.yml), failing with the file, the entry and the problem. */
public final class WardProfileLoader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private WardProfileLoader() {
    }

    public static WardProfile load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(file.toString(), in);
        } catch (IOException e) {
            throw new CatalogueException(file.toString(), null, "cannot be read: " + e.getMessage(), e);
        }
    }

    public static WardProfile load(String fileName, InputStream in) {
        WardProfile raw;
        try {
            raw = YAML.readValue(in, WardProfile.class);
        } catch (JacksonException e) {
            throw CatalogueException.fromJson(fileName, e);
        }
        if (raw == null) throw new CatalogueException(fileName, null, "is empty");
        return normalised(fileName, raw);
    }

    /** Everything to NFC, and the office's name and phone are required: citizens are sent to them. */
    private static WardProfile normalised(String fileName, WardProfile raw) {
        WardProfile.Office office = raw.office();
        if (office == null || blank(office.name()) || blank(office.phone())) {
            throw new CatalogueException(fileName, "office", "name and phone are required");
        }
        office = new WardProfile.Office(VietnameseText.nfc(office.name()), VietnameseText.nfc(office.address()),
                VietnameseText.nfc(office.phone()), VietnameseText.nfc(office.hours()), office.onlineSubmissionUrl());
        Set<String> fields = raw.disabledFields().stream().map(VietnameseText::nfc).collect(Collectors.toSet());
        Map<String, WardProfile.ProcedureOverride> procedures = new LinkedHashMap<>();
        raw.procedures().forEach((code, o) -> {
            if (o == null) throw new CatalogueException(fileName, "procedures." + code, "has no settings");
            List<String> keywords = new ArrayList<>();
            for (String k : o.keywords()) {
                if (blank(k)) throw new CatalogueException(fileName, "procedures." + code, "has an empty keyword");
                keywords.add(VietnameseText.nfc(k));
            }
            procedures.put(code.strip(), new WardProfile.ProcedureOverride(keywords, VietnameseText.nfc(o.processingTime()), o.reviewed(),
                    VietnameseText.nfc(o.fee()), VietnameseText.nfc(o.feeDecision()), VietnameseText.nfc(o.note())));
        });
        return new WardProfile(office, fields, procedures);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
