package cn.eport.onboarding.batch.reconcile;

import java.util.function.Function;

/**
 * One record of a results file as read, before it is parsed: where it starts, how it reads, and
 * its value per column (trimmed, null when empty or absent).
 *
 * @param complete whether the record has every column (a CSV line with too few fields has not)
 */
public record ResultRecord(long line, String raw, boolean complete, Function<ResultColumn, String> values) {

    public ResultLine parse() {
        return ReviewResultParser.parse(line, raw, complete, values);
    }
}
