package cn.eport.onboarding.apitoken;

/**
 * A token just created: its row and the secret, which is shown to the user this once and kept nowhere.
 */
public record NewApiToken(ApiTokenView token, ApiTokenSecret secret) {
}
