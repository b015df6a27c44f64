package news.masthead.delivery;

import news.masthead.OnH2;

@OnH2
class PageCacheH2SystemTests extends PageCacheSystemTests {
}
