package cn.eport.onboarding.upstream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files upstream serves: the bundled samples, or a folder of the operator's; never a path. */
class ServedFilesTest {

    private final ServedFiles files = new ServedFiles();

    @TempDir
    Path folder;

    @AfterEach
    void bundledAgain() {
        System.clearProperty(ServedFiles.FOLDER_PROPERTY);
    }

    private static String read(Optional<InputStream> content) throws IOException {
        try (InputStream in = content.orElseThrow()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBundledSamplesByDefault() throws IOException {
        assertTrue(read(files.open("sample-utf8.csv")).startsWith("code,name\n0100,北京关区"));
        byte[] gb18030 = files.open("sample-gb18030.csv").orElseThrow().readAllBytes();
        assertEquals("code,name\n0100,北京关区\n2200,上海海关\n", new String(gb18030, "GB18030"));
        assertEquals(Optional.empty(), files.open("no-such-file.csv"));
    }

    @Test
    void theSamplesOfEveryCodeTableSyncSourceToo() throws IOException {
        assertTrue(read(files.open("customs-districts.csv")).startsWith("code,name,"));
        assertTrue(read(files.open("registry-records.csv")).contains("91110108MA01ABCD5T,北京海淀示例进出口贸易有限公司,"));
        assertTrue(read(files.open("forex-deregistrations.csv")).startsWith("uscc,enterprise_name,deregistered_on"));
    }

    @Test
    void theFolderOfTheSystemPropertyInsteadOfTheSamples() throws IOException {
        Files.writeString(folder.resolve("customs-districts.csv"), "code,name\n");
        System.setProperty(ServedFiles.FOLDER_PROPERTY, folder.toString());
        assertEquals("code,name\n", read(files.open("customs-districts.csv")));
        assertEquals(Optional.empty(), files.open("sample-utf8.csv"), "the samples are not mixed in");
    }

    @Test
    void onlyPlainNames() throws IOException {
        Files.writeString(folder.resolve("secret.txt"), "x");
        Path served = Files.createDirectory(folder.resolve("served"));
        System.setProperty(ServedFiles.FOLDER_PROPERTY, served.toString());
        for (String name : new String[]{"../secret.txt", "..", ".hidden", "a/b.csv", "", "a b.csv"}) {
            assertEquals(Optional.empty(), files.open(name), name);
        }
        assertEquals(Optional.empty(), files.open(null));
    }
}
