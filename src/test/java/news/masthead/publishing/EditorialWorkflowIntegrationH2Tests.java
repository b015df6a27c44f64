package news.masthead.publishing;

import news.masthead.OnH2;

@OnH2
class EditorialWorkflowIntegrationH2Tests extends EditorialWorkflowIntegrationTests {
}
