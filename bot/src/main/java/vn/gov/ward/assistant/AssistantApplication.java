package vn.gov.ward.assistant;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The ward's messaging assistant: procedures, dossiers, reminders and surveys over Zalo, Telegram and the web. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AssistantApplication {

    /** The time everything is measured against; tests replace it with one they control. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(AssistantApplication.class, args);
    }
}
