package news.masthead.moderation;

/**
 * A check's reason, and the least a verdict may be because of it: a rule that sends a comment to the
 * queue holds it whatever the other checks add up to.
 */
record Finding(Reason reason, Decision atLeast) {

    static Finding of(Reason reason) {
        return new Finding(reason, Decision.PUBLISH);
    }

    static Finding of(String check, double score, String text) {
        return of(new Reason(check, score, text));
    }
}
