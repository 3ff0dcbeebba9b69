package cn.eport.onboarding.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;

/** Texts of the {@code msg} bundle in the current view's language, for Java code (pages use #{msg}). */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "cn.eport.onboarding.i18n.messages";

    @Inject
    private FacesContext facesContext;

    public String get(String key, Object... arguments) {
        ResourceBundle bundle = bundle();
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** The text of a key that may be missing (names of things the bundle may not know yet). */
    public Optional<String> find(String key) {
        ResourceBundle bundle = bundle();
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    private ResourceBundle bundle() {
        return facesContext.getApplication().getResourceBundle(facesContext, "msg");
    }
}
