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

// rolled back to empty: every undo ran, the views were dropped first and not created again
assert log =~ /undid V1__create_users \(\d+ ms\)/
assert log.contains('skipped post-apply/010_views.sql: the batch ends at 0, an empty database')
assert log =~ /Undid 4 migrations in \d+ ms; database at V0/
// its tests: a round trip of each of the 4 migrations, and a test at V1 (where the view is skipped)
assert log =~ /Tests run: 5, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.db.MigrationsTest/
assert log.contains('BUILD SUCCESS')

H2Database.open(basedir, 'target/flux/quickstart').withCloseable { db ->
    assert db.tables() == ['FLUX_MIGRATIONS', 'FLUX_MIGRATIONS_LOCK']
    assert db.views() == []
    assert db.history() == []
}
true
