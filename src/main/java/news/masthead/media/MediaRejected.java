package news.masthead.media;

/** An upload the library will not keep, with the reason in words the uploader can act on. */
public class MediaRejected extends RuntimeException {

    public MediaRejected(String reason) {
        super(reason, null, false, false);
    }
}
