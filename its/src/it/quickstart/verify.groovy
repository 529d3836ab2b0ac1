import dev.flux.its.H2Database

def log = new File(basedir, 'build.log').text

assert log.contains('Database: h2 at jdbc:h2:file:')
assert log =~ /applied V1__create_users \(\d+ ms\)/
assert log =~ /applied V4__AddRoles \(\d+ ms\)/
assert log =~ /ran pre-apply\/010_drop_views.sql \(\d+ ms\)/
assert log =~ /ran post-apply\/010_views.sql \(\d+ ms\)/
assert log =~ /Applied 4 migrations in \d+ ms; database at V4/
assert log =~ /Version\s+Description\s+State\s+Applied at/
assert log =~ /4\s+AddRoles\s+APPLIED\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/
assert log.contains('Database at V4; up to date')

H2Database.open(basedir, 'target/flux/quickstart').withCloseable { db ->
    assert db.tables() == ['FLUX_MIGRATIONS', 'FLUX_MIGRATIONS_LOCK', 'ORDERS', 'ROLES', 'USERS']
    assert db.views() == ['USER_DIRECTORY']
    assert db.strings('SELECT name FROM roles ORDER BY name') == ['admin', 'guest', 'member']
    assert db.history() == ['V1__create_users APPLIED', 'V2__add_email APPLIED', 'V3__create_orders APPLIED',
                            'V4__AddRoles APPLIED']
}
true
