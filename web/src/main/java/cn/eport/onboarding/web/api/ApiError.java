package cn.eport.onboarding.web.api;

import java.util.List;

/**
 * The JSON body of a refused API request: what was wrong and, where it helps, the values that
 * would have been accepted.
 */
public record ApiError(String error, List<String> accepted) {
}
