package cn.eport.onboarding.it.api;

import cn.eport.onboarding.it.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's API example works as printed (issue 13): its shell lines run with bash and curl
 * against the test server, with only its two settings, the server's address and the token, given
 * their values here. Then what it did is read back through the API.
 */
@ExtendWith(ArquillianExtension.class)
class ApiReadmeExampleIT {

    private static final Pattern BLOCK = Pattern.compile(
            "<!-- api-example:start -->\\s*```sh\\n(.*?)```\\s*<!-- api-example:end -->", Pattern.DOTALL);

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theReadmeExampleCreatesAndDeclaresAnOperator() throws Exception {
        List<String> lines = example().lines().toList();
        assertTrue(lines.get(0).startsWith("EPORT=http://localhost:8080/eport"), lines.get(0));
        assertTrue(lines.get(1).startsWith("TOKEN="), lines.get(1));
        String script = String.join("\n", lines.subList(2, lines.size()));
        String token = ApiTokens.issue("ent-a");

        Result run = bash(script, base.toString().replaceAll("/$", ""), token);
        assertEquals(0, run.exitCode(), run.output());
        List<String> answers = run.output().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(4, answers.size(), run.output());
        assertTrue(answers.get(0).contains("\"username\":\"ent-a\""), answers.get(0));
        assertTrue(answers.get(1).contains("\"status\":\"DRAFT\""), answers.get(1));
        assertTrue(answers.get(2).contains("\"status\":\"DECLARED\""), answers.get(2));

        Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(answers.get(1));
        assertTrue(id.find(), answers.get(1));
        assertTrue(answers.get(3).contains("\"id\":" + id.group(1)), "the list shows it: " + answers.get(3));
        ApiClient api = ApiClient.of(base, token);
        JsonObject operator = ApiClient.json(api.get("operators/" + id.group(1))).asJsonObject();
        assertEquals("DECLARED", operator.getString("status"));
        assertTrue(operator.getString("number").startsWith("CZ"), operator.getString("number"));

        // what the README says of the same person a second time
        String body = Pattern.compile("-d '(\\{.*?\\})'").matcher(script).results().findFirst().orElseThrow().group(1);
        HttpResponse<String> again = api.post("operators", body);
        assertEquals(422, again.statusCode(), again.body());
        JsonObject problem = ApiClient.json(again).asJsonObject();
        assertEquals("validation-failed", problem.getString("code"));
        assertEquals("idNumber", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private static String example() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher block = BLOCK.matcher(readme);
        assertTrue(block.find(), "README.md has the API example between its markers");
        return block.group(1);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result bash(String script, String eport, String token) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true);
        builder.environment().put("EPORT", eport);
        builder.environment().put("TOKEN", token);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the example finished");
        return new Result(process.exitValue(), output);
    }
}
