package news.masthead.system;

import news.masthead.OnH2;

@OnH2
class MalformedRequestsH2Tests extends MalformedRequestsSystemTests {
}
