package news.masthead.comments.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import news.masthead.accounts.Permission;
import news.masthead.accounts.admin.AdminLink;
import news.masthead.accounts.admin.DashboardFigure;
import news.masthead.comments.CommentManagement;

/** Puts the comment queues in the admin's navigation and the waiting count on the dashboard. */
@Configuration(proxyBeanMethods = false)
class CommentAdminConfiguration {

    @Bean
    AdminLink commentQueueLink() {
        return new AdminLink("Comments", "/admin/comments", Permission.MODERATE_COMMENTS, 30);
    }

    @Bean
    AdminLink commentAlertsLink() {
        return new AdminLink("Comment alerts", "/admin/comment-alerts", Permission.WRITE_DRAFTS, 90);
    }

    @Bean
    DashboardFigure pendingComments(CommentManagement comments) {
        return new DashboardFigure() {

            @Override
            public String label(long count) {
                return (count == 1 ? "comment" : "comments") + " awaiting moderation";
            }

            @Override
            public String path() {
                return "/admin/comments";
            }

            @Override
            public Permission permission() {
                return Permission.MODERATE_COMMENTS;
            }

            @Override
            public long count() {
                return comments.pendingCount();
            }
        };
    }
}
