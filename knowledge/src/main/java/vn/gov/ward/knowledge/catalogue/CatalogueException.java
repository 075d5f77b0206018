package vn.gov.ward.knowledge.catalogue;

import tools.jackson.core.JacksonException;

/** A catalogue or ward-layer file that cannot be used: says which file, which record and what is wrong. */
public class CatalogueException extends RuntimeException {

    private final String file;
    private final String record;

    public CatalogueException(String file, String record, String problem) {
        this(file, record, problem, null);
    }

    public CatalogueException(String file, String record, String problem, Throwable cause) {
        super(file + (record == null ? "" : ", " + record) + ": " + problem, cause);
        this.file = file;
        this.record = record;
    }

    /** A parse or mapping error, with the entry named as a path ("procedures.1.001193.keywords[2]"). */
    public static CatalogueException fromJson(String file, JacksonException e) {
        String path = jsonPath(e);
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
        return new CatalogueException(file, path.isEmpty() ? "at" + where : path + where, e.getOriginalMessage(), e);
    }

    /** Where in the document a Jackson error is: "procedures.1.001193.keywords[2]"; empty at the top. */
    public static String jsonPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            else if (ref.getIndex() >= 0) path.append('[').append(ref.getIndex()).append(']');
        }
        return path.toString();
    }

    public String file() {
        return file;
    }

    public String record() {
        return record;
    }
}
