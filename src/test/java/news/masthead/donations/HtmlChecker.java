package news.masthead.donations;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/** The Nu Html Checker, in-process: the messages it has for a page, empty when the page is valid. */
final class HtmlChecker implements ErrorHandler {

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    private final List<String> errors = new ArrayList<>();

    HtmlChecker() throws Exception {
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", this);
        validator.setUpValidatorAndParsers(this, true, false);
    }

    List<String> errorsIn(byte[] html) throws Exception {
        errors.clear();
        validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html)));
        return List.copyOf(errors);
    }

    @Override
    public void warning(SAXParseException advice) {
        // advice only: the page is still valid
    }

    @Override
    public void error(SAXParseException error) {
        errors.add("line " + error.getLineNumber() + ": " + error.getMessage());
    }

    @Override
    public void fatalError(SAXParseException error) {
        error(error);
    }
}
