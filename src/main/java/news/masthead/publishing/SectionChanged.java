package news.masthead.publishing;

/** A section was renamed or re-described; every page's navigation names it. */
public record SectionChanged(long sectionId, String slug) {
}
