# Builds the application jar and runs it against an external PostgreSQL (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home grassroots
USER grassroots
WORKDIR /home/grassroots
COPY --from=build /src/target/grassroots.jar app.jar
ENV GRASSROOTS_DATA_DIR=/home/grassroots/data
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx1g", "-jar", "app.jar"]
