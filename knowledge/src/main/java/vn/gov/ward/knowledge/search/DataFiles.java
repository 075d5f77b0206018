package vn.gov.ward.knowledge.search;

import java.io.IOException;
import java.io.InputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.gov.ward.knowledge.catalogue.CatalogueException;

/** The search's reviewed YAML data files on the class path; a broken one stops the build naming the file, entry and problem. */
final class DataFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private DataFiles() {
    }

    static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new CatalogueException(resource, null, "is missing from the class path");
            return YAML.readValue(in, type);
        } catch (JacksonException e) {
            throw CatalogueException.fromJson(resource, e);
        } catch (IOException e) {
            throw new CatalogueException(resource, null, "cannot be read: " + e.getMessage(), e);
        }
    }
}
