package cn.eport.onboarding.web.ops;

import java.time.Duration;

final class Timing {

    private Timing() {
    }

    static long millisSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
