package cn.eport.onboarding.review.dashboard;

import java.time.Instant;

/**
 * The waiting applications of one kind: how many, and when the earliest of them was declared.
 *
 * @param oldestDeclaredAt null when none waits
 */
public record QueueFigure(long waiting, Instant oldestDeclaredAt) {
}
