# One image for every newsflow stage: `docker run newsflow ingest|enrich|sink|dashboard ...`.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /opt/newsflow
COPY --from=build /src/app/target/newsflow.jar /opt/newsflow/newsflow.jar
COPY --from=build /src/app/target/lib /opt/newsflow/lib
RUN useradd --system --home /var/lib/newsflow newsflow && mkdir -p /var/lib/newsflow && chown newsflow /var/lib/newsflow
USER newsflow
ENV NEWSFLOW_DATA_DIR=/var/lib/newsflow
# -XX:-DontCompileHugeMethods lets HotSpot compile CoreNLP's tokenizer (see the newsflow script).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:-DontCompileHugeMethods", "-jar", "/opt/newsflow/newsflow.jar"]
CMD ["--help"]
