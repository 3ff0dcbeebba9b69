package cn.eport.onboarding.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The archives the integration tests deploy: always the real EAR the build produced. */
public final class Deployments {

    public static final String WAR = "eport-web.war";
    private static final String ARQUILLIAN_RUNNER_IS_PUBLIC = """
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian test runner</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-app>""";

    private Deployments() {
    }

    /** The EAR exactly as built, for browser tests that drive it from outside. */
    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("eport.ear", "target/eport.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /**
     * The built EAR with the given test classes added to its WAR, for tests that run inside the
     * server. The only other change: Arquillian's runner servlet is exempted from the login that
     * every other URL requires.
     */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive war;
        try (InputStream in = ear.get(WAR).getAsset().openStream()) {
            war = ShrinkWrap.create(ZipImporter.class, WAR).importFrom(in).as(WebArchive.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String webXml = read(war, "WEB-INF/web.xml");
        war.delete("WEB-INF/web.xml");
        war.addAsWebInfResource(new StringAsset(webXml.replace("</web-app>", ARQUILLIAN_RUNNER_IS_PUBLIC)), "web.xml");
        war.addClasses(testClasses);
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }

    private static String read(WebArchive war, String path) {
        try (InputStream in = war.get(path).getAsset().openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
