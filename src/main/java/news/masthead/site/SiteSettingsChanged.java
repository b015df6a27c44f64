package news.masthead.site;

/** An editor changed the site's identity or appeal: every page shows them. */
public record SiteSettingsChanged() {
}
