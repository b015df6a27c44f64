package news.masthead.system;

import news.masthead.OnPostgres;

@OnPostgres
class OperationsPostgresTests extends OperationsSystemTests {
}
