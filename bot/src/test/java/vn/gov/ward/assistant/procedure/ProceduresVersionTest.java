package vn.gov.ward.assistant.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.gov.ward.knowledge.search.Decision;
import vn.gov.ward.knowledge.search.WardAdditions;

/** The additions' version is read once for all the searches of one message, and again for the next message. */
class ProceduresVersionTest {

    static final String QUESTION = "xin giấy ở ghép với bạn";
    static final String RESIDENCE = "1.004194";

    /** The additions as Redis would hold them, counting how often their version is read. */
    static final class CountingSource implements WardAdditionsSource {
        final AtomicInteger versionReads = new AtomicInteger();
        volatile Versioned now = new Versioned(0, WardAdditions.none());

        @Override
        public Versioned current() {
            return now;
        }

        @Override
        public long version() {
            versionReads.incrementAndGet();
            return now.version();
        }
    }

    final CountingSource source = new CountingSource();
    /** Without additions, the example ward's catalogue the answer tests of this JVM share; with them, imported. */
    final Procedures procedures = new Procedures(added -> added.equals(WardAdditions.none()) ? Catalogues.WARD
            : Catalogues.imported(added.applyTo(Catalogues.EXAMPLE_WARD)), source);

    @Test
    void oneMessagesSearchesReadTheVersionOnceAndTheNextMessageSeesAChange() {
        procedures.afterSingletonsInstantiated();
        int before = source.versionReads.get();

        Decision declined = procedures.forOneMessage(() -> {
            procedures.namesAProcedure(QUESTION);
            procedures.fieldOf(QUESTION);
            return procedures.search(QUESTION, 3).decision();
        });
        assertThat(declined).isEqualTo(Decision.DECLINE);
        assertThat(source.versionReads.get() - before).as("version reads for one message").isEqualTo(1);

        WardAdditions added = new WardAdditions(Map.of(RESIDENCE, List.of("ở ghép")), List.of(), List.of());
        source.now = new WardAdditionsSource.Versioned(1, added);
        assertThat(procedures.forOneMessage(() -> procedures.search(QUESTION, 3)).choices())
                .as("the next message, after another instance stored a change").first()
                .extracting(hit -> hit.procedure().code()).isEqualTo(RESIDENCE);
        assertThat(procedures.search(QUESTION, 3).decision()).as("a search outside a message reads the version itself")
                .isIn(Decision.ANSWER, Decision.CLARIFY);
    }
}
