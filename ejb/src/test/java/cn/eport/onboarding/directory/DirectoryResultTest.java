package cn.eport.onboarding.directory;

import cn.eport.onboarding.directory.DirectoryResult.Reason;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryResultTest {

    @Test
    void exactlyOneOfTheThreeAnswers() {
        DirectoryResult<String> found = DirectoryResult.found("x");
        DirectoryResult<String> notFound = DirectoryResult.notFound();
        DirectoryResult<String> unavailable = DirectoryResult.unavailable(Directory.REGISTRY, Reason.TIMEOUT);

        assertTrue(found.isFound() && !found.isNotFound() && !found.isUnavailable());
        assertTrue(!notFound.isFound() && notFound.isNotFound() && !notFound.isUnavailable());
        assertTrue(!unavailable.isFound() && !unavailable.isNotFound() && unavailable.isUnavailable());
        assertEquals(Optional.of("x"), found.recordIfFound());
        assertEquals(Optional.empty(), notFound.recordIfFound());
        assertEquals(Optional.empty(), unavailable.recordIfFound());
        assertThrows(NullPointerException.class, () -> DirectoryResult.found(null));
    }

    @Test
    void mapConvertsOnlyAFoundRecord() {
        assertEquals(DirectoryResult.found(3), DirectoryResult.found("abc").map(String::length));
        assertEquals(DirectoryResult.notFound(), DirectoryResult.<String>notFound().map(String::length));
        assertEquals(DirectoryResult.unavailable(Directory.PENDING_FILINGS, Reason.SERVER_ERROR),
                DirectoryResult.<String>unavailable(Directory.PENDING_FILINGS, Reason.SERVER_ERROR).map(String::length));
    }

    @Test
    void onlyTransientFailuresAreRetried() {
        assertEquals(EnumSet.of(Reason.TIMEOUT, Reason.CONNECTION_FAILED, Reason.SERVER_ERROR),
                Stream.of(Reason.values()).filter(Reason::retryable).collect(Collectors.toCollection(() -> EnumSet.noneOf(Reason.class))));
    }

    @Test
    void everyDirectoryHasItsOwnMessageKeyAndConfigName() {
        Set<String> keys = Stream.of(Directory.values()).map(Directory::unavailableMessageKey).collect(Collectors.toSet());
        Set<String> names = Stream.of(Directory.values()).map(Directory::configName).collect(Collectors.toSet());
        assertEquals(Directory.values().length, keys.size());
        assertEquals(Directory.values().length, names.size());
        keys.forEach(k -> assertTrue(k.startsWith("directory.") && k.endsWith(".unavailable"), k));
        assertEquals("directory.customsRecords.unavailable",
                DirectoryResult.<String>unavailable(Directory.CUSTOMS_RECORDS, Reason.TIMEOUT) instanceof DirectoryResult.Unavailable<String> u
                        ? u.messageKey() : null);
        assertFalse(names.contains("http"), "'http' is the prefix of the shared HTTP settings");
    }
}
