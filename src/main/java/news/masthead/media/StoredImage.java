package news.masthead.media;

/** An image saved in the media folder, with the address it is served from. */
public record StoredImage(String path, int width, int height) {
}
