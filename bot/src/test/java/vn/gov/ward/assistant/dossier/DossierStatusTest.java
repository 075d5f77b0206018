package vn.gov.ward.assistant.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DossierStatusTest {

    @Test
    void theLifecycleMovesForwardOnly() {
        assertThat(DossierStatus.RECEIVED.canMoveTo(DossierStatus.IN_PROGRESS)).isTrue();
        assertThat(DossierStatus.IN_PROGRESS.canMoveTo(DossierStatus.IN_PROGRESS)).as("a new step").isTrue();
        assertThat(DossierStatus.IN_PROGRESS.canMoveTo(DossierStatus.SUPPLEMENT_REQUESTED)).isTrue();
        assertThat(DossierStatus.SUPPLEMENT_REQUESTED.canMoveTo(DossierStatus.IN_PROGRESS)).isTrue();
        assertThat(DossierStatus.RESULT_READY.canMoveTo(DossierStatus.RETURNED)).isTrue();
        assertThat(DossierStatus.RETURNED.canMoveTo(DossierStatus.RECEIVED)).isFalse();
        assertThat(DossierStatus.RECEIVED.canMoveTo(DossierStatus.RETURNED)).as("returned needs a result first").isFalse();
        assertThat(DossierStatus.REJECTED.canMoveTo(DossierStatus.IN_PROGRESS)).isFalse();
        assertThat(DossierStatus.RESULT_READY.canMoveTo(DossierStatus.IN_PROGRESS)).isFalse();
        for (DossierStatus closed : DossierStatus.values()) {
            if (closed.isClosed()) {
                for (DossierStatus next : DossierStatus.values()) assertThat(closed.canMoveTo(next)).isFalse();
            }
        }
    }
}
