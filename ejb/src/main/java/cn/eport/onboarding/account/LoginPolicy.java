package cn.eport.onboarding.account;

import java.time.Duration;

/** Lock-out rule of the foundation issue: 5 failures in a row lock an account for 15 minutes. */
public record LoginPolicy(int maxConsecutiveFailures, Duration lockDuration) {

    public static final LoginPolicy STANDARD = new LoginPolicy(5, Duration.ofMinutes(15));
}
