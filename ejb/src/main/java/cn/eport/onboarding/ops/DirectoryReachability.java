package cn.eport.onboarding.ops;

import cn.eport.onboarding.directory.Directory;

/**
 * Whether one configured HTTP directory answered a probe. Names the directory, never its URL
 * (which may carry a host name an outsider should not learn).
 *
 * @param problem   why it is down, in a few words; null when up
 * @param latencyMs how long the probe took
 */
public record DirectoryReachability(Directory directory, boolean up, String problem, long latencyMs) {
}
