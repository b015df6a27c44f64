package news.masthead.system;

import news.masthead.OnPostgres;

@OnPostgres
class CommentsPostgresTests extends CommentsSystemTests {
}
