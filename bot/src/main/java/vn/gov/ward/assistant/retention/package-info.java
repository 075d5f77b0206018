/**
 * Retention: personal data is kept only as long as it serves. Once a day, under a lock across instances,
 * closed dossiers and done tickets older than {@code retention.keep-months} are deleted, the ratings of
 * dossiers returned before then lose their comment and conversation (the figures keep the scores), and old
 * entries of the outbox's failed list are dropped.
 */
@ApplicationModule(displayName = "Retention")
package vn.gov.ward.assistant.retention;

import org.springframework.modulith.ApplicationModule;
