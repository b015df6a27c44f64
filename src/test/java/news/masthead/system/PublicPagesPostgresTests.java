package news.masthead.system;

import news.masthead.OnPostgres;

@OnPostgres
class PublicPagesPostgresTests extends PublicPagesSystemTests {
}
