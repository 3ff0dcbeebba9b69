package cn.eport.onboarding.upstream;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The outside systems the product talks to, played for tests and demos (README "The outside systems
 * for a demo (upstream)"): the five directory services of docs/directories-http.md under
 * {@code /upstream/api}, the files of code-table-sync under {@code /upstream/files}, and both again
 * with a failure on demand under {@code /upstream/faults/{fault}}.
 */
@ApplicationPath("/")
public class UpstreamApplication extends Application {
}
