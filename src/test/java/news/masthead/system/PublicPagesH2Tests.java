package news.masthead.system;

import news.masthead.OnH2;

@OnH2
class PublicPagesH2Tests extends PublicPagesSystemTests {
}
