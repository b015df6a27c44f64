package news.masthead.publishing;

import java.util.List;

/** Two revisions of one article side by side: what changed in the headline, standfirst and body. */
public record RevisionComparison(Revision older, Revision newer, List<DiffLine> headline, List<DiffLine> standfirst,
        List<DiffLine> body) {
}
