package news.masthead.publishing;

/** No article has that id; admin pages answer with a 404 rather than an error. */
public class ArticleNotFound extends RuntimeException {

    ArticleNotFound(long id) {
        super("No article " + id, null, false, false);
    }
}
