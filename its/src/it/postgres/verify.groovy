import dev.flux.its.PostgresServer

def schema = new File(basedir, 'schema.txt').text
try {
    def log = new File(basedir, 'build.log').text
    assert log =~ /Database: postgres at jdbc:postgresql:/
    assert log =~ /applied V4__index_orders \(\d+ ms\)/
    assert log =~ /Applied 4 migrations in \d+ ms; database at V4/
    assert log =~ /4\s+index orders\s+APPLIED/
    assert log =~ /undid V4__index_orders \(\d+ ms\)/
    assert log =~ /Undid 2 migrations in \d+ ms; database at V2/

    assert PostgresServer.tables(schema) == ['flux_migrations', 'users']
    assert PostgresServer.views(schema) == ['user_directory']
    assert PostgresServer.strings("SELECT column_name FROM information_schema.columns WHERE table_schema = '${schema}'"
            + " AND table_name = 'users' ORDER BY ordinal_position") == ['id', 'name', 'email']
    assert PostgresServer.strings("SELECT id FROM ${schema}.flux_migrations ORDER BY id") == ['V1__create_users', 'V2__add_email']
} finally {
    PostgresServer.execute("DROP SCHEMA ${schema} CASCADE")
}
true
