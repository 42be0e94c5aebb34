package gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar (after {@code mvn package}; failsafe runs this in {@code verify}) carries every
 * bundled library's licence: the files a library ships, each in its own folder, and a list that
 * names every library the jar holds.
 */
class ShadedJarIT {
    private static final Path JAR = Path.of("target/gazette.jar");

    @Test
    void everyBundledLibraryHasItsLicence() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            ZipEntry list = jar.getEntry("META-INF/licenses/THIRD-PARTY.txt");
            assertThat(list).as("the list of bundled libraries").isNotNull();
            String thirdParty = new String(jar.getInputStream(list).readAllBytes(), StandardCharsets.UTF_8);

            // every library that records its Maven coordinates in the jar, and those that do not
            List<String> bundled = new ArrayList<>(List.of("org.freemarker:freemarker", "info.picocli:picocli",
                    "org.apache.lucene:lucene-core", "org.apache.lucene:lucene-analysis-common",
                    "org.apache.lucene:lucene-analysis-kuromoji"));
            jar.stream().map(ZipEntry::getName).filter(n -> n.startsWith("META-INF/maven/") && n.endsWith("/pom.properties"))
                    .map(n -> n.substring("META-INF/maven/".length(), n.length() - "/pom.properties".length()).replace('/', ':'))
                    .filter(a -> !a.startsWith("gazette:"))
                    .forEach(bundled::add);
            assertThat(bundled).hasSizeGreaterThan(10);
            for (String artifact : bundled) {
                String id = artifact.substring(artifact.indexOf(':') + 1);
                assertThat(thirdParty).as("%s is listed with its licence", artifact).containsAnyOf(artifact, id);
            }
            // the licence files the libraries ship are kept, each under its library's name, none at the root
            assertThat(jar.getEntry("META-INF/licenses/freemarker/META-INF/LICENSE")).isNotNull();
            assertThat(jar.getEntry("META-INF/licenses/slf4j-api/META-INF/LICENSE.txt")).isNotNull();
            assertThat(jar.getEntry("META-INF/licenses/lucene-analysis-kuromoji/META-INF/NOTICE.txt")).isNotNull();
            assertThat(jar.getEntry("META-INF/LICENSE")).as("a bare licence file would look like Gazette's own").isNull();
            assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/licenses/freemarker/META-INF/LICENSE")).readAllBytes(),
                    StandardCharsets.UTF_8)).contains("Apache License");
        }
    }
}
