package news.masthead.site;

import news.masthead.OnH2;

@OnH2
class SiteIntegrationH2Tests extends SiteIntegrationTests {
}
