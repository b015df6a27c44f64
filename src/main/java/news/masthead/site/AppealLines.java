package news.masthead.site;

import java.util.Optional;

/**
 * A line of its own that the donation appeal under one article may carry ("This investigation
 * took three months…"). The module that takes donations keeps them; the site only asks, and shows
 * the appeal without a line when there is none or nobody keeps them.
 */
public interface AppealLines {

    Optional<String> lineFor(long articleId);
}
