import dev.flux.its.H2Database

def log = new File(basedir, 'build.log').text
assert log =~ /Applied 1 migration in \d+ ms; database at V1/
def lines = log.readLines().collect { it.replaceFirst(/^\[INFO\] /, '') }
def expected = [
    '-- apply V2__create_orders (V2__create_orders.sql)',
    'CREATE TABLE orders (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL);',
    'CREATE INDEX orders_user ON orders (user_id);',
    '-- apply V3__create_invoices (V3__create_invoices.sql)',
    'CREATE TABLE invoices (id BIGINT PRIMARY KEY, order_id BIGINT NOT NULL);',
    '-- run post-apply/010_views.sql',
    'CREATE OR REPLACE VIEW user_names AS SELECT name FROM users;',
]
int start = lines.indexOf(expected[0])
assert start > 0 : 'the dry run does not list V2 first'
assert lines.subList(start, start + expected.size()) == expected
assert log.contains('Dry run: would apply 2 migrations, taking the database from V1 to V3. Nothing was changed.')

H2Database.open(basedir, 'target/flux/db').withCloseable { db ->
    assert db.tables() == ['FLUX_MIGRATIONS', 'FLUX_MIGRATIONS_LOCK', 'USERS']
    assert db.views() == ['USER_NAMES']
    assert db.history() == ['V1__create_users APPLIED']
}
true
