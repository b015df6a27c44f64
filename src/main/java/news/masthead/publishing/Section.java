package news.masthead.publishing;

/** A section of the site, such as Local or Culture, with its archive at {@code /sections/{slug}}. */
public record Section(long id, String slug, String name, String description) {

    public String path() {
        return "/sections/" + slug;
    }
}
