package news.masthead.system;

import news.masthead.OnPostgres;

@OnPostgres
class AdminSessionsPostgresTests extends AdminSessionsSystemTests {
}
