package news.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.NewArticle;

/**
 * An article page costs the same number of database statements with 500 comments as with 5. Every
 * statement the request's own thread prepares is counted through a wrapper around the pool.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArticlePageQueryCountTests {

    /** Counts statements prepared on the thread that is being watched. */
    static final ThreadLocal<AtomicInteger> STATEMENTS = new ThreadLocal<>();
    private static final Set<String> PREPARING = Set.of("prepareStatement", "createStatement", "prepareCall");

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws IOException {
        var folder = Files.createTempDirectory("masthead-query-count-");
        folder.toFile().deleteOnExit();
        registry.add("masthead.data-dir", folder::toString);
        registry.add("masthead.demo.enabled", () -> "false");
        registry.add("management.server.port", () -> "0");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ArticleManagement articles;
    @Autowired
    CommentManagement comments;

    @Test
    void anArticleWithFiveHundredCommentsCostsNoMoreQueriesThanOneWithFive() throws Exception {
        articles.addSection("harbour", "Harbour", "");
        articles.addAuthor("ria-dow", "Ria Dow", "Reporter", "");
        var quiet = story("quiet-week-on-the-quay");
        var busy = story("ferry-fares-double");
        commentOn(quiet, 5);
        commentOn(busy, 500);

        int few = statementsFor("/articles/quiet-week-on-the-quay");
        int many = statementsFor("/articles/ferry-fares-double");
        int laterPage = statementsFor("/articles/ferry-fares-double?page=3");

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
        assertThat(laterPage).isEqualTo(few);
    }

    private long story(String slug) {
        var id = articles.draft(new NewArticle(slug, "Headline for " + slug, "Standfirst.", "Body text.", "harbour",
                List.of("ria-dow"), List.of(), null));
        articles.publish(id, Instant.now());
        return id;
    }

    /** A fifth of the comments start threads; the rest answer them, so replies are read too. */
    private void commentOn(long articleId, int count) {
        var start = Instant.parse("2025-06-01T00:00:00Z");
        long thread = 0;
        for (int i = 0; i < count; i++) {
            if (i % 5 == 0) {
                thread = comments.importComment(articleId, new CommentForm("Comment " + i, "Reader " + i,
                        "reader" + i + "@example.net", ""), start.plusSeconds(i), true);
            }
            else {
                comments.replyAsStaff(thread, "Reply " + i, "Desk " + i, "desk@example.org");
            }
        }
    }

    private int statementsFor(String path) throws Exception {
        var counter = new AtomicInteger();
        STATEMENTS.set(counter);
        try {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
        finally {
            STATEMENTS.remove();
        }
        return counter.get();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class CountingDataSource {

        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource source ? counting(source) : bean;
                }
            };
        }

        private static DataSource counting(DataSource source) {
            return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                    new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                        var result = invoke(source, method, args);
                        return result instanceof Connection connection ? counting(connection) : result;
                    });
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] { Connection.class }, (proxy, method, args) -> {
                        var counter = STATEMENTS.get();
                        if (counter != null && PREPARING.contains(method.getName())) {
                            counter.incrementAndGet();
                        }
                        return invoke(connection, method, args);
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            }
            catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
