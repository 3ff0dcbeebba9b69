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

    private static final String APPLICATION_MAPPING = "META-INF/glassfish-application.xml";
    /** The identities the {@link RunAsEnterpriseUser} and {@link RunAsReviewer} beans run as. */
    private static final String RUN_AS_PRINCIPALS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE glassfish-ejb-jar PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 EJB 3.1//EN"
                    "http://glassfish.org/dtds/glassfish-ejb-jar_3_1-1.dtd">
            <glassfish-ejb-jar>
                <enterprise-beans>
                    <ejb><ejb-name>EntA</ejb-name><principal><name>ent-a</name></principal></ejb>
                    <ejb><ejb-name>EntB</ejb-name><principal><name>ent-b</name></principal></ejb>
                    <ejb><ejb-name>Filer</ejb-name><principal><name>it-filer</name></principal></ejb>
                    <ejb><ejb-name>Reviewer</ejb-name><principal><name>reviewer</name></principal></ejb>
                    <ejb><ejb-name>SecondReviewer</ejb-name><principal><name>it-reviewer-2</name></principal></ejb>
                    <ejb><ejb-name>ReviewerOfEntA</ejb-name><principal><name>it-reviewer-ent-a</name></principal></ejb>
                    <ejb><ejb-name>BatchOperator</ejb-name><principal><name>batch</name></principal></ejb>
                    <ejb><ejb-name>Supervisor</ejb-name><principal><name>supervisor</name></principal></ejb>
                </enterprise-beans>
            </glassfish-ejb-jar>
            """;

    private Deployments() {
    }

    /** The EAR exactly as built, for browser tests that drive it from outside. */
    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("eport.ear", "target/eport.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /**
     * The built EAR with the given test classes added to its WAR, for tests that run inside the
     * server. The other changes are for testing only: Arquillian's runner servlet is exempted from
     * the login that every other URL requires, and beans let tests act as the demo enterprise
     * users ent-a and ent-b, as it-filer on an enterprise of the test's choosing ({@link RunAsEnterpriseUser},
     * {@link FilerEnterprise}) and as reviewers ({@link RunAsReviewer}).
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
        war.addClasses(TestData.class, ActingUsers.class);
        war.addClasses(RunAsEnterpriseUser.class, RunAsEnterpriseUser.Attempt.class, RunAsEnterpriseUser.EntA.class,
                RunAsEnterpriseUser.EntB.class, RunAsEnterpriseUser.Filer.class, FilerEnterprise.class);

        war.addClasses(FilingFixtures.class);
        war.addClasses(RunAsReviewer.class, RunAsReviewer.Reviewer.class, RunAsReviewer.SecondReviewer.class,
                RunAsReviewer.ReviewerOfEntA.class, RunAsReviewer.Supervisor.class);
        war.addClasses(RunAsBatchOperator.class, RunAsBatchOperator.BatchOperator.class);
        war.addAsWebInfResource(new StringAsset(RUN_AS_PRINCIPALS), "glassfish-ejb-jar.xml");
        ear.delete(APPLICATION_MAPPING);
        ear.addAsManifestResource(new StringAsset(read(ear(), "META-INF/glassfish-application.xml")
                .replace("<group-name>ENTERPRISE</group-name>",
                        "<principal-name>ent-a</principal-name><principal-name>ent-b</principal-name><principal-name>it-filer</principal-name>"
                                + "<group-name>ENTERPRISE</group-name>")
                .replace("<group-name>REVIEWER</group-name>", "<principal-name>reviewer</principal-name>"
                        + "<principal-name>it-reviewer-2</principal-name><principal-name>it-reviewer-ent-a</principal-name>"
                        + "<group-name>REVIEWER</group-name>")
                .replace("<group-name>BATCH_OPERATOR</group-name>", "<principal-name>batch</principal-name>"
                        + "<group-name>BATCH_OPERATOR</group-name>")
                .replace("<group-name>SUPERVISOR</group-name>", "<principal-name>supervisor</principal-name>"
                        + "<group-name>SUPERVISOR</group-name>")),
                "glassfish-application.xml");
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }

    private static String read(org.jboss.shrinkwrap.api.Archive<?> archive, String path) {
        try (InputStream in = archive.get(path).getAsset().openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
