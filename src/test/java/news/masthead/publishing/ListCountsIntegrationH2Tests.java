package news.masthead.publishing;

import news.masthead.OnH2;

@OnH2
class ListCountsIntegrationH2Tests extends ListCountsIntegrationTests {
}
