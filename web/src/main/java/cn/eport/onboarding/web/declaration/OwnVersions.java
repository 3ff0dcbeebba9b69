package cn.eport.onboarding.web.declaration;

import cn.eport.onboarding.declaration.DeclarationVersion;
import cn.eport.onboarding.declaration.OwnDeclarations;
import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The declared versions of one of the caller's applications, for the enterprise's view pages
 * ({@code e:declaredVersions}); read once per request. The page found the application first, so an id
 * that is not the caller's (answered 404 there) only ever shows no versions here.
 */
@Named("ownVersions")
@RequestScoped
public class OwnVersions {

    @Inject
    private OwnDeclarations declarations;

    private final Map<String, List<DeclarationVersion>> read = new HashMap<>();

    public List<DeclarationVersion> of(ApplicationKind kind, Long id) {
        if (kind == null || id == null) {
            return List.of();
        }
        return read.computeIfAbsent(kind + "/" + id, key -> {
            try {
                return declarations.versions(kind, id);
            } catch (ApplicationNotFoundException e) {
                return List.of();
            }
        });
    }
}
