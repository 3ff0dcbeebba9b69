package cn.eport.onboarding.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts of the {@code msg} bundle in the current view's language, for Java code (pages use #{msg}). */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "cn.eport.onboarding.web.i18n.messages";

    @Inject
    private FacesContext facesContext;

    public String get(String key, Object... arguments) {
        ResourceBundle bundle = facesContext.getApplication().getResourceBundle(facesContext, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
