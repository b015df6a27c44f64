package news.masthead.publishing;

/** A bylined writer, with a profile page at {@code /authors/{slug}}. */
public record Author(long id, String slug, String name, String title, String bio) {

    public String path() {
        return "/authors/" + slug;
    }
}
