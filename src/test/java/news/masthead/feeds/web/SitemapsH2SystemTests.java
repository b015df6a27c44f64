package news.masthead.feeds.web;

import news.masthead.OnH2;

@OnH2
class SitemapsH2SystemTests extends SitemapsSystemTests {
}
