package news.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * Site settings and static pages with their database. The site's pages need the modules whose
 * stories they show, so those start too. Runs on H2 and PostgreSQL.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "masthead.demo.enabled=false")
@Transactional
abstract class SiteIntegrationTests {

    @Autowired
    SiteManagement site;

    @Test
    void aNewSiteHasSensibleSettings() {
        var settings = site.settings();

        assertThat(settings.title()).isEqualTo("Masthead");
        assertThat(settings.appealUrl()).isEqualTo("/support");
        assertThat(settings.logoPath()).isNull();
        assertThat(settings.zone().normalized()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void keepsWhatEditorsSetAndSaysSo(AssertablePublishedEvents events) {
        site.update(site.settings()
                .withIdentity("The Alder Estuary Ledger", "Independent news", "A reader-funded newsroom.",
                        "Europe/London")
                .withAppeal("Please support us."));

        var settings = site.settings();
        assertThat(settings.title()).isEqualTo("The Alder Estuary Ledger");
        assertThat(settings.tagline()).isEqualTo("Independent news");
        assertThat(settings.description()).isEqualTo("A reader-funded newsroom.");
        assertThat(settings.appealText()).isEqualTo("Please support us.");
        assertThat(settings.appealLinkText()).isEqualTo("Support us");
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(events.ofType(SiteSettingsChanged.class)).hasSize(1);
    }

    @Test
    void anUnknownTimeZoneFallsBackToUtc() {
        site.update(site.settings().withIdentity("Title", "Tagline", "Description", "Mars/Olympus_Mons"));

        assertThat(site.settings().zone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void staticPagesAreCreatedAndReplaced() {
        assertThat(site.page("about")).isEmpty();

        site.savePage("about", "About us", "Who we are.", "<p>First version.</p>");
        site.savePage("about", "About the Ledger", "Who we are and who pays.", "<p>Second version.</p>");
        site.savePage("contact", "Contact", "Write to us.", "<p>Letters.</p>");

        var about = site.page("about").orElseThrow();
        assertThat(about.slug()).isEqualTo("about");
        assertThat(about.title()).isEqualTo("About the Ledger");
        assertThat(about.summary()).isEqualTo("Who we are and who pays.");
        assertThat(about.bodyHtml()).isEqualTo("<p>Second version.</p>");
        assertThat(about.updatedAt()).isNotNull();
        assertThat(site.page("contact").orElseThrow().title()).isEqualTo("Contact");
        assertThat(site.page("support")).isEmpty();
    }
}
