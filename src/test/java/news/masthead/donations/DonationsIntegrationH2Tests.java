package news.masthead.donations;

import news.masthead.OnH2;

@OnH2
class DonationsIntegrationH2Tests extends DonationsIntegrationTests {
}
