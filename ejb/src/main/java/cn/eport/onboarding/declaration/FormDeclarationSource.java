package cn.eport.onboarding.declaration;

import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.inject.Inject;

import java.util.List;

/**
 * A kind's {@link DeclarationSource} written once: the kind, its entity and its bundle prefix; the kind
 * lists its form's fields on a {@link DeclaredFields}.
 *
 * @param <A> the kind's entity
 */
public abstract class FormDeclarationSource<A extends Application> implements DeclarationSource {

    private final ApplicationKind kind;
    private final Class<A> type;
    private final String messagePrefix;

    @Inject
    private CodeNames codes;

    /**
     * @param messagePrefix the kind's bundle prefix ({@code registration}): labels are {@code <prefix>.field.<name>}
     */
    protected FormDeclarationSource(ApplicationKind kind, Class<A> type, String messagePrefix) {
        this.kind = kind;
        this.type = type;
        this.messagePrefix = messagePrefix;
    }

    /** The same source looking codes up elsewhere (a unit test's known codes), outside the container. */
    public FormDeclarationSource<A> using(CodeNames codeNames) {
        this.codes = codeNames;
        return this;
    }

    @Override
    public ApplicationKind kind() {
        return kind;
    }

    @Override
    public List<DeclaredField> fields(Application application) {
        return fields(type.cast(application), DeclaredFields.of(messagePrefix, codes)).list();
    }

    /** Adds every field of the kind's form, in the form's order, to {@code form}. */
    protected abstract DeclaredFields fields(A application, DeclaredFields form);
}
