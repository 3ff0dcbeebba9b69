package cn.eport.onboarding.web.enterprise;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which fields of a form depend on a choice (shown, greyed or required by it, F-13): a choice's Ajax
 * request processes and re-renders exactly these fields' {@code e:field} wrappers (id
 * {@code <input id>-field}), never the whole form, so nothing typed elsewhere meanwhile is lost.
 *
 * @param <F> the kind's rule fields
 */
public final class FieldDependents<F extends Enum<F>> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Class<F> fields;
    private final Map<F, List<F>> dependents;

    private FieldDependents(Class<F> fields, Map<F, List<F>> dependents) {
        this.fields = fields;
        this.dependents = dependents;
    }

    public static <F extends Enum<F>> FieldDependents<F> of(Class<F> fields) {
        return new FieldDependents<>(fields, new EnumMap<>(fields));
    }

    /** The fields that follow this choice. */
    public FieldDependents<F> on(F choice, List<F> dependentFields) {
        Map<F, List<F>> copy = new EnumMap<>(fields);
        copy.putAll(dependents);
        copy.put(choice, List.copyOf(dependentFields));
        return new FieldDependents<>(fields, copy);
    }

    /**
     * The absolute client ids of the wrappers of the fields that depend on the choice (named like the
     * rule field, {@code LEGAL_PERSON_TYPE}), space-separated for {@code process} and {@code update}.
     */
    public String clientIds(FormPages pages, String choice) {
        return dependents.getOrDefault(Enum.valueOf(fields, choice), List.of()).stream()
                .map(field -> ":" + pages.clientId(field) + "-field")
                .collect(Collectors.joining(" "));
    }
}
