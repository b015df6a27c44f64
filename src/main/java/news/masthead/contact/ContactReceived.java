package news.masthead.contact;

/** A reader's message reached the newsroom's inbox (spam is kept too, but does not announce itself). */
public record ContactReceived(long messageId) {
}
