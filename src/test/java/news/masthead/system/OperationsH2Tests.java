package news.masthead.system;

import news.masthead.OnH2;

@OnH2
class OperationsH2Tests extends OperationsSystemTests {
}
