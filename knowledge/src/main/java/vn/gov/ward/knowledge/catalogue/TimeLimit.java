package vn.gov.ward.knowledge.catalogue;

import java.math.BigDecimal;

/**
 * A processing time with its unit: never a bare number.
 *
 * @param amount null for {@link Unit#IMMEDIATE}
 */
public record TimeLimit(BigDecimal amount, Unit unit) {

    public enum Unit {
        WORKING_DAYS("ngày làm việc"),
        DAYS("ngày"),
        WORKING_HOURS("giờ làm việc"),
        IMMEDIATE("tiếp nhận và giải quyết ngay");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static TimeLimit immediate() {
        return new TimeLimit(null, Unit.IMMEDIATE);
    }

    /** "5 ngày làm việc", "0,5 ngày làm việc", "tiếp nhận và giải quyết ngay". */
    public String text() {
        if (unit == Unit.IMMEDIATE) return unit.label();
        return amount.stripTrailingZeros().toPlainString().replace('.', ',') + " " + unit.label();
    }
}
