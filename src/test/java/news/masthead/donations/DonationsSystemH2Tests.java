package news.masthead.donations;

import news.masthead.OnH2;

@OnH2
class DonationsSystemH2Tests extends DonationsSystemTests {
}
