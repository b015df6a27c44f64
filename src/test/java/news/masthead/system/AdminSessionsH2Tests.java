package news.masthead.system;

import news.masthead.OnH2;

@OnH2
class AdminSessionsH2Tests extends AdminSessionsSystemTests {
}
