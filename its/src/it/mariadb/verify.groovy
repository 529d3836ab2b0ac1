import dev.flux.its.MariaDbServer

def database = new File(basedir, 'database.txt').text
try {
    def log = new File(basedir, 'build.log').text
    assert log =~ /Database: mariadb at jdbc:mariadb:/
    assert log =~ /applied V4__orders_trigger \(\d+ ms\)/
    assert log =~ /Applied 4 migrations in \d+ ms; database at V4/
    assert log =~ /4\s+orders trigger\s+APPLIED/
    assert log =~ /undid V4__orders_trigger \(\d+ ms\)/
    assert log =~ /Undid 2 migrations in \d+ ms; database at V2/

    assert MariaDbServer.strings("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '${database}'"
            + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME") == ['flux_migrations', 'users']
    assert MariaDbServer.strings("SELECT TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = '${database}'") == ['user_directory']
    assert MariaDbServer.strings("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '${database}'"
            + " AND TABLE_NAME = 'users' ORDER BY ORDINAL_POSITION") == ['id', 'name', 'email']
    assert MariaDbServer.strings("SELECT ID FROM ${database}.flux_migrations ORDER BY ID") == ['V1__create_users', 'V2__add_email']
} finally {
    MariaDbServer.execute("DROP DATABASE ${database}")
}
true
