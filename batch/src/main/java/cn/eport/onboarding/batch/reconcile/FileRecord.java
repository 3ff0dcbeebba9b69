package cn.eport.onboarding.batch.reconcile;

import java.io.Serializable;

/**
 * A line of the results file as the reader hands it to the writer, with its place among the file's
 * records (from 1): the report's key, unique also where lines are not (an XML file written on one line).
 */
public record FileRecord(long recordNo, ResultLine line) implements Serializable {
}
