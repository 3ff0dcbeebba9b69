package cn.eport.onboarding.web.frame;

import cn.eport.onboarding.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The left menu of the main frame, filtered to the logged-in user's roles. */
@Named
@RequestScoped
public class MenuBacking {

    @Inject
    private CurrentUser currentUser;

    private List<MenuGroup> groups;

    public List<MenuGroup> getGroups() {
        if (groups == null) {
            groups = MainMenu.visibleTo(currentUser.getRoles());
        }
        return groups;
    }

    public boolean isCurrent(MenuItem item) {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId.equals(item.path() + ".xhtml");
    }

    public boolean containsCurrent(MenuGroup group) {
        return group.items().stream().anyMatch(this::isCurrent);
    }
}
