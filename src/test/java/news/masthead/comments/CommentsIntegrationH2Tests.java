package news.masthead.comments;

import news.masthead.OnH2;

@OnH2
class CommentsIntegrationH2Tests extends CommentsIntegrationTests {
}
