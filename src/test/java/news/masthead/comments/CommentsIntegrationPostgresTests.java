package news.masthead.comments;

import news.masthead.OnPostgres;

@OnPostgres
class CommentsIntegrationPostgresTests extends CommentsIntegrationTests {
}
