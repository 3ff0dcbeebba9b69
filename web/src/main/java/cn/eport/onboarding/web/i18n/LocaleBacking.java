package cn.eport.onboarding.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The page language: Chinese by default, English on request. The choice is kept in a
 * cookie so that it survives logout and the next login.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String COOKIE = "eport-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = SupportedLanguage.fromTag(cookieValue()).locale();
        }
        return locale;
    }

    public String getLanguage() {
        return SupportedLanguage.of(getLocale()).tag();
    }

    /**
     * Switches the language and reloads the current page with a GET, so nothing is re-submitted; the
     * page's view parameters (an execution's or application's id) go with it.
     */
    public void switchTo(String tag) throws IOException {
        SupportedLanguage language = SupportedLanguage.fromTag(tag);
        locale = language.locale();
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.addResponseCookie(COOKIE, language.tag(), Map.of(
                "maxAge", ONE_YEAR, "path", external.getRequestContextPath() + "/", "httpOnly", true,
                "SameSite", "Lax"));
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = ViewMetadata.getViewParameters(context.getViewRoot()).stream()
                .map(parameter -> Map.entry(parameter.getName(), Objects.toString(parameter.getStringValue(context), "")))
                .filter(parameter -> !parameter.getValue().isEmpty())
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
        external.redirect(query.isEmpty() ? request.getRequestURI() : request.getRequestURI() + "?" + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String cookieValue() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return null;
        }
        Object cookie = context.getExternalContext().getRequestCookieMap().get(COOKIE);
        return cookie instanceof Cookie c ? c.getValue() : null;
    }
}
