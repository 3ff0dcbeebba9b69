package cn.eport.onboarding.declaration;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two declarations of one application (the returned version and the one declared
 * again): the fields whose value changed, in the later form's order, each with what a person read then
 * and reads now (code names as they were at each 申报); and the certificate scans added, removed and
 * replaced (the same document type with another file, told by its hash).
 */
public record DeclarationDiff(List<FieldChange> fields, List<AttachmentChange> attachments) implements Serializable {

    public enum Change { ADDED, REMOVED, REPLACED }

    /** One changed field: {@code before} or {@code after} is an empty field where the form did not have it then. */
    public record FieldChange(String field, String labelKey, DeclaredField before, DeclaredField after) implements Serializable {
    }

    /** One changed certificate scan: {@code before} is null for an added one, {@code after} for a removed one. */
    public record AttachmentChange(Change change, String documentType, DeclaredAttachment before, DeclaredAttachment after)
            implements Serializable {
    }

    public DeclarationDiff {
        fields = List.copyOf(fields);
        attachments = List.copyOf(attachments);
    }

    public static DeclarationDiff between(Declaration earlier, Declaration later) {
        if (earlier.kind() != later.kind() || !Objects.equals(earlier.applicationId(), later.applicationId())) {
            throw new IllegalArgumentException("a diff compares two declarations of one application");
        }
        return new DeclarationDiff(fieldChanges(earlier.fields(), later.fields()),
                attachmentChanges(earlier.attachments(), later.attachments()));
    }

    public boolean isEmpty() {
        return fields.isEmpty() && attachments.isEmpty();
    }

    /** The changed fields by name, for showing a reviewer's note beside each. */
    public Set<String> changedFieldNames() {
        return fields.stream().map(FieldChange::field).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<FieldChange> fieldChanges(List<DeclaredField> earlier, List<DeclaredField> later) {
        Map<String, DeclaredField> before = byName(earlier);
        Map<String, DeclaredField> after = byName(later);
        // the later form's order, then any field the later form no longer has
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            DeclaredField was = before.get(name);
            DeclaredField is = after.get(name);
            String labelKey = (is != null ? is : was).labelKey();
            DeclaredField old = was != null ? was : empty(name, labelKey);
            DeclaredField now = is != null ? is : empty(name, labelKey);
            if (!old.value().equals(now.value())) {
                changes.add(new FieldChange(name, labelKey, old, now));
            }
        }
        return changes;
    }

    /**
     * Files present in both (same document type and hash) are unchanged; of the rest, per document type,
     * a removed and an added file make a replacement, in upload order; what remains was added or removed.
     */
    private static List<AttachmentChange> attachmentChanges(List<DeclaredAttachment> earlier, List<DeclaredAttachment> later) {
        List<DeclaredAttachment> removed = new ArrayList<>(earlier);
        List<DeclaredAttachment> added = new ArrayList<>();
        for (DeclaredAttachment a : later) {
            DeclaredAttachment same = removed.stream()
                    .filter(r -> r.documentType().equals(a.documentType()) && r.sha256().equals(a.sha256()))
                    .findFirst().orElse(null);
            if (same != null) {
                removed.remove(same);
            } else {
                added.add(a);
            }
        }
        Set<String> types = new LinkedHashSet<>();
        added.forEach(a -> types.add(a.documentType()));
        removed.forEach(r -> types.add(r.documentType()));
        List<AttachmentChange> changes = new ArrayList<>();
        for (String type : types) {
            List<DeclaredAttachment> gone = removed.stream().filter(r -> r.documentType().equals(type)).toList();
            List<DeclaredAttachment> come = added.stream().filter(a -> a.documentType().equals(type)).toList();
            int pairs = Math.min(gone.size(), come.size());
            for (int i = 0; i < pairs; i++) {
                changes.add(new AttachmentChange(Change.REPLACED, type, gone.get(i), come.get(i)));
            }
            come.subList(pairs, come.size()).forEach(a -> changes.add(new AttachmentChange(Change.ADDED, type, null, a)));
            gone.subList(pairs, gone.size()).forEach(r -> changes.add(new AttachmentChange(Change.REMOVED, type, r, null)));
        }
        return changes;
    }

    private static Map<String, DeclaredField> byName(List<DeclaredField> fields) {
        return fields.stream().collect(Collectors.toMap(DeclaredField::field, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static DeclaredField empty(String name, String labelKey) {
        return new DeclaredField(name, labelKey, "", "", null);
    }
}
