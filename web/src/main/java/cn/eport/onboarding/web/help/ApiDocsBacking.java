package cn.eport.onboarding.web.help;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * /help/api (ADR 0031): where the page finds Swagger UI (its webjar, whose folder carries the
 * version) and the OpenAPI document that Payara serves at the server's root.
 */
@Named
@ApplicationScoped
public class ApiDocsBacking {

    static final String DOCUMENT_URL = "/openapi";
    private static final String WEBJAR_POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private final String swaggerUi = "swagger-ui/" + webjarVersion();

    /** The webjar's resource folder, relative to the {@code webjars} library: {@code swagger-ui/<version>}. */
    public String getSwaggerUi() {
        return swaggerUi;
    }

    public String getDocumentUrl() {
        return DOCUMENT_URL;
    }

    static String webjarVersion() {
        try (InputStream in = ApiDocsBacking.class.getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is missing: " + WEBJAR_POM);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
