package news.masthead.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import news.masthead.mail.OutgoingMail;
import news.masthead.mail.Postbox;
import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.NewArticle;

/** The newsletter, outbox and contact pages of the admin, each behind its own permission. */
class NewsletterAdminTests extends MailedSiteTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ArticleManagement articles;

    @Autowired
    Postbox postbox;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anEditorSendsAnArticleOnceAndFollowsItsProgress() throws Exception {
        if (articles.section("harbour").isEmpty()) {
            articles.addSection("harbour", "Harbour", "");
            articles.addAuthor("harbour-desk", "Harbour Desk", "Reporter", "");
        }
        var id = articles.draft(new NewArticle("ferry-timetable-changes", "Ferry timetable changes", "From Monday.",
                "The ferry will run every forty minutes.", "harbour", List.of("harbour-desk"), List.of(), null));
        // Back-dated, so the publishing event leaves it to the editor.
        articles.publish(id, Instant.now().minusSeconds(3 * 24 * 3600));
        var editor = user("editor@example.org").authorities(() -> "MANAGE_NEWSLETTER");

        var first = mvc.perform(post("/admin/newsletter/send").param("slug", "ferry-timetable-changes")
                .with(editor).with(csrf())).andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/admin/newsletter");
        assertThat(first.getFlashMap().get("notice")).asString().contains("queued");
        var again = mvc.perform(post("/admin/newsletter/send").param("slug", "ferry-timetable-changes")
                .with(editor).with(csrf())).andReturn();
        assertThat(again.getFlashMap().get("notice")).asString().contains("already been sent");

        var page = mvc.perform(get("/admin/newsletter").with(editor)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Ferry timetable changes").contains("<table");
    }

    @Test
    void eachPageNeedsItsPermission() throws Exception {
        var moderator = user("mo@example.org").authorities(() -> "MODERATE_COMMENTS");
        for (var path : List.of("/admin/newsletter", "/admin/outbox", "/admin/contact")) {
            var status = mvc.perform(get(path).with(moderator)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isEqualTo(403);
        }
        var forged = mvc.perform(post("/admin/newsletter/send").param("slug", "x")
                .with(user("mo@example.org").authorities(() -> "MODERATE_COMMENTS")).with(csrf())).andReturn();
        assertThat(forged.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void staffReadKeptMailInTheOutbox() throws Exception {
        long id = postbox.send(OutgoingMail.of("reader@example.org", "Outbox check", "The body of the message.",
                "notification"));
        var reader = user("admin@example.org").authorities(() -> "READ_OUTBOX");

        var list = mvc.perform(get("/admin/outbox").with(reader)).andReturn().getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains("Outbox check");
        var opened = mvc.perform(get("/admin/outbox/" + id).with(reader)).andReturn().getResponse();
        assertThat(opened.getContentAsString()).contains("The body of the message.");
        assertThat(mvc.perform(get("/admin/outbox/999999999").with(reader)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }
}
