package cn.eport.onboarding.web.api.v1;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EntityTagsTest {

    @Test
    void anIfMatchNamesTheVersionItsETagCarries() {
        assertEquals(7L, EntityTags.versionOf("\"7\""));
        assertEquals(7L, EntityTags.versionOf("W/\"7\""));
        assertEquals(7L, EntityTags.versionOf(" 7 "));
        assertNull(EntityTags.versionOf(null));
        assertNull(EntityTags.versionOf(" "));
    }

    @Test
    void aTagOfSomethingElseNamesNoVersion() {
        assertThrows(IllegalArgumentException.class, () -> EntityTags.versionOf("\"abc\""));
        assertThrows(IllegalArgumentException.class, () -> EntityTags.versionOf("*"));
    }
}
