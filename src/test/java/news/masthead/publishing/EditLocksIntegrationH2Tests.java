package news.masthead.publishing;

import news.masthead.OnH2;

@OnH2
class EditLocksIntegrationH2Tests extends EditLocksIntegrationTests {
}
