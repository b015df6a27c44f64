package news.masthead.publishing;

/** A topic label shared across sections, with its archive at {@code /tags/{slug}}. */
public record Tag(long id, String slug, String name) {

    public String path() {
        return "/tags/" + slug;
    }
}
