package news.masthead.moderation;

/** A comment that is nothing but a link (give or take a word or two) is a link drop. */
final class BareLinkCheck implements SpamCheck {

    @Override
    public String name() {
        return "bare link";
    }

    @Override
    public Reason check(Submission submission) {
        var body = submission.body();
        var links = Links.in(body);
        if (links.isEmpty()) {
            return new Reason(name(), 0, "not only a link");
        }
        var rest = body;
        for (var link : links) {
            rest = rest.replace(link, " ");
        }
        int words = rest.isBlank() ? 0 : rest.strip().split("[^\\p{L}\\p{N}]+").length;
        return words <= 2
                ? new Reason(name(), 3, "the comment is only a link")
                : new Reason(name(), 0, "has text besides its links");
    }
}
