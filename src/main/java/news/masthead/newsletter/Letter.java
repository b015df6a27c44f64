package news.masthead.newsletter;

import java.util.List;

/** A send ready to be written to each recipient: its articles, with plain-text bodies made once. */
record Letter(long sendId, SendKind kind, String subject, List<SendItem> items, List<String> textBodies) {
}
