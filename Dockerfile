# Builds the assistant from the project and runs it as an unprivileged user.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY knowledge/pom.xml knowledge/
COPY bot/pom.xml bot/
RUN mvn -B -q dependency:go-offline -DskipTests || true
COPY knowledge knowledge
COPY bot bot
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# curl for the compose health check (GET /actuator/health/readiness).
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home assistant
WORKDIR /app
COPY --from=build /src/bot/target/bot.jar /tmp/bot.jar
COPY config /app/config
# Start-up (see BENCHMARKS.md, "Start-up"): the jar unpacked to a plain class path (/app/bot.jar + /app/lib)
# loads classes faster than the nested jar, and a class-data-sharing archive written by a training run
# that stops once the context is refreshed (embedded Redis, demo data) spares most of the class loading.
# The embedded Redis binary is linux-amd64: where the training run cannot start, the image is built
# without the archive and the JVM starts without it (a missing archive is ignored).
RUN java -Djarmode=tools -jar /tmp/bot.jar extract --destination /app/extracted && rm /tmp/bot.jar \
    && mv /app/extracted/bot.jar /app/extracted/lib /app/ && rmdir /app/extracted
RUN java -XX:ArchiveClassesAtExit=/app/bot.jsa -Dspring.context.exit=onRefresh -jar /app/bot.jar \
         --assistant.data-dir=/tmp/training --server.port=0 \
    || echo "No class-data-sharing archive: the assistant will start without it"; rm -rf /tmp/training
USER assistant
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:SharedArchiveFile=/app/bot.jsa", "-jar", "/app/bot.jar"]
