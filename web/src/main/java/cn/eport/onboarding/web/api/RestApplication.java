package cn.eport.onboarding.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API under {@code /eport/api}: JSON, for the pages' own scripts, agents' and
 * enterprises' systems. Like every URL of the application it needs a logged-in user (web.xml).
 */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
