package cn.eport.onboarding.web.frame;

import cn.eport.onboarding.account.Role;

import java.util.List;
import java.util.Set;

/** A first-level menu entry: shown as its icon alone when the menu is collapsed (F-3). */
public record MenuGroup(String id, String labelKey, String icon, List<MenuItem> items) {

    /** This group with only the items the roles may use; empty items mean the group is hidden. */
    public MenuGroup visibleTo(Set<Role> userRoles) {
        return new MenuGroup(id, labelKey, icon, items.stream().filter(i -> i.visibleTo(userRoles)).toList());
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
