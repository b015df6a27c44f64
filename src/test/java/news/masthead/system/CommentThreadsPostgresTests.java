package news.masthead.system;

import news.masthead.OnPostgres;

@OnPostgres
class CommentThreadsPostgresTests extends CommentThreadsSystemTests {
}
