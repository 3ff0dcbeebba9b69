package cn.eport.onboarding.it.batch;

import cn.eport.onboarding.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job history survives undeploying and deploying the EAR again (issue 10 item 4): Payara purges
 * an application's job data at undeployment unless it was deployed with {@code retain-batch-jobs=true}
 * (arquillian.xml, ./run, the README's deploy command; ADR 0021).
 */
@ExtendWith(ArquillianExtension.class)
class BatchHistoryRedeployIT {

    private static final String EAR = "eport-redeployed";
    private static final Pattern EXECUTION_ID = Pattern.compile("\"executionId\":(\\d+)");

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = EAR, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        // the built EAR with the test helpers (no test class of this client-side test): the plain EAR, as the
        // first deployment of a run, failed to upload once ("invalid LOC header")
        return Deployments.earWithTests();
    }

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> asBatch(String method, String path) throws Exception {
        String base = "http://127.0.0.1:" + (Integer.parseInt(System.getProperty("eport.it.portbase")) + 80) + "/eport/api/batch/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("batch:Eport@2026".getBytes(StandardCharsets.UTF_8)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anExecutionIsStillKnownAfterTheEarWasUndeployedAndDeployedAgain() throws Exception {
        deployer.deploy(EAR);
        HttpResponse<String> started = asBatch("POST", "jobs/housekeeping/executions");
        assertEquals(201, started.statusCode(), started.body());
        Matcher id = EXECUTION_ID.matcher(started.body());
        assertTrue(id.find(), started.body());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!asBatch("GET", "executions/" + id.group(1)).body().contains("\"over\":true")) {
            assertTrue(Instant.now().isBefore(deadline), "execution " + id.group(1) + " did not end");
            Thread.sleep(100);
        }

        deployer.undeploy(EAR);
        deployer.deploy(EAR);
        try {
            HttpResponse<String> after = asBatch("GET", "executions/" + id.group(1));
            assertEquals(200, after.statusCode(), after.body());
            assertTrue(after.body().contains("\"status\":\"COMPLETED\""), after.body());
        } finally {
            deployer.undeploy(EAR);
        }
    }
}
