package vn.gov.ward.assistant.calendar;

/**
 * A date outside the years the working calendar can count: the years of its holiday files and
 * {@value WorkingCalendar#REACH_YEARS} years either side of them (counted Monday to Friday). Intake
 * refuses such dates (400 naming the field); a computation that runs past them gets this.
 */
public class DateOutsideCalendar extends RuntimeException {

    private final int year;

    DateOutsideCalendar(int year, int firstYear, int lastYear) {
        super(year + " is outside the years the working calendar can count (" + firstYear + "–" + lastYear + ")");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
