package news.masthead.system;

import news.masthead.OnPostgres;

@OnPostgres
class SpamDefensePostgresTests extends SpamDefenseSystemTests {
}
