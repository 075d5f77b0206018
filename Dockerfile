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
RUN useradd --system --create-home assistant
WORKDIR /app
COPY --from=build /src/bot/target/bot.jar /app/bot.jar
COPY config /app/config
USER assistant
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/bot.jar"]
