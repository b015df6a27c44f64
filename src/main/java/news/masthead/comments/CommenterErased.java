package news.masthead.comments;

import java.util.List;

/** A commenter's data was erased on request; the pages of these articles showed their comments. */
public record CommenterErased(List<Long> articleIds) {

    public CommenterErased {
        articleIds = List.copyOf(articleIds);
    }
}
