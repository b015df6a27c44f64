package news.masthead.system;

import news.masthead.OnH2;

@OnH2
class CommentThreadsH2Tests extends CommentThreadsSystemTests {
}
