package cn.eport.onboarding.batch.reconcile;

import java.io.Serializable;

/** One record of the results file as the reader hands it on: a decision, or a line that is not one. */
public sealed interface ResultLine extends Serializable permits ReviewResult, MalformedLine {

    /** The line of the file the record starts on (the header is line 1). */
    long line();

    /** The record as written, for the reject list. */
    String raw();
}
