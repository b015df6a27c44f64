package news.masthead.delivery;

import news.masthead.OnPostgres;

@OnPostgres
class PageCachePostgresSystemTests extends PageCacheSystemTests {
}
