package news.masthead.delivery;

import news.masthead.OnPostgres;

@OnPostgres
class MultiNodePostgresSystemTests extends MultiNodeSystemTests {
}
