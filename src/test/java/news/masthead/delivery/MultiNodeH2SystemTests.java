package news.masthead.delivery;

import news.masthead.OnH2;

@OnH2
class MultiNodeH2SystemTests extends MultiNodeSystemTests {
}
