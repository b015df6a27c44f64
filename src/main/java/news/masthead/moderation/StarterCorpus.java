package news.masthead.moderation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The labelled comments Masthead ships, which train the model a new site starts with. Its
 * provenance is kept next to it, in the corpus folder.
 */
final class StarterCorpus {

    static final String RESOURCE = "moderation/corpus/starter.jsonl";

    private StarterCorpus() {
    }

    /** The shipped comments; none when the corpus is missing from the build. */
    static List<LabelledComments.Labelled> comments() {
        try {
            return LabelledComments.readResource(RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}
