package news.masthead.system;

import news.masthead.OnH2;

@OnH2
class CommentsH2Tests extends CommentsSystemTests {
}
