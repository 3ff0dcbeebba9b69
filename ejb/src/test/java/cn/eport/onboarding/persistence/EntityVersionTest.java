package cn.eport.onboarding.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every entity carries a @Version (ARCHITECTURE: a concurrent edit gives a clear message, never a
 * lost update). Tables written only by JDBC (the batch jobs' records, the name grams) are no
 * entities and are not concerned.
 */
class EntityVersionTest {

    @Test
    void everyEntityHasAVersion() throws Exception {
        List<Class<?>> entities = entities();
        assertTrue(entities.size() >= 15, "the entities were found: " + entities);
        List<String> unversioned = entities.stream().filter(type -> !versioned(type)).map(Class::getName).toList();
        assertEquals(List.of(), unversioned, "entities without a @Version field");
    }

    private static boolean versioned(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Version.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Class<?>> entities() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(DatabaseMigrator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> entities = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        EntityVersionTest.class.getClassLoader());
                if (type.isAnnotationPresent(Entity.class)) {
                    entities.add(type);
                }
            }
        }
        return entities;
    }
}
