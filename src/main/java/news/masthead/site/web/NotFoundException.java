package news.masthead.site.web;

/** Nothing lives at the requested address; answered with the site's 404 page. */
class NotFoundException extends RuntimeException {

    NotFoundException(String what) {
        super(what, null, false, false);
    }
}
