package news.masthead.publishing;

import news.masthead.OnPostgres;

@OnPostgres
class EditorialWorkflowIntegrationPostgresTests extends EditorialWorkflowIntegrationTests {
}
