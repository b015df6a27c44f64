package news.masthead.moderation;

/**
 * The field people never see: hidden by the stylesheet, skipped by keyboard and screen readers. A
 * value in it was put there by a program filling in every field it found, so it is spam whatever
 * else the comment has going for it. Its absence says
 * nothing, since a program posting straight to the form's address leaves it out too.
 */
final class HoneypotCheck implements ArrivalCheck {

    private final double score;

    HoneypotCheck(double score) {
        this.score = score;
    }

    @Override
    public String name() {
        return "honeypot";
    }

    @Override
    public Finding check(Arrival arrival) {
        var value = arrival.signal(FormGuard.TRAP_FIELD);
        return value.isBlank() ? Finding.of(name(), 0, "the hidden field is empty")
                : new Finding(new Reason(name(), score, "the hidden field no person sees was filled in"), Decision.SPAM);
    }
}
