package news.masthead.system;

import news.masthead.OnPostgres;

@OnPostgres
class MalformedRequestsPostgresTests extends MalformedRequestsSystemTests {
}
