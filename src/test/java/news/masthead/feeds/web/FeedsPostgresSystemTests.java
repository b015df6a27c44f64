package news.masthead.feeds.web;

import news.masthead.OnPostgres;

@OnPostgres
class FeedsPostgresSystemTests extends FeedsSystemTests {
}
