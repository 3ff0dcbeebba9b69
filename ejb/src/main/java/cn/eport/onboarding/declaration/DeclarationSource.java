package cn.eport.onboarding.declaration;

import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;

import java.util.List;

/**
 * What one application kind contributes to the shared declaration pattern (snapshots, sealed PDF,
 * diff, marks): its fields as {@link DeclaredField}s, in the order of its form. One implementation
 * (a CDI bean) per kind, as {@code ReviewSource}.
 */
public interface DeclarationSource {

    ApplicationKind kind();

    /** Every field of the kind's form with the application's stored values, code names resolved. */
    List<DeclaredField> fields(Application application);
}
