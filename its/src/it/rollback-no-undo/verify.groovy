import dev.flux.its.BuildLog
import dev.flux.its.H2Database

def log = new File(basedir, 'build.log').text
assert log =~ /Applied 3 migrations in \d+ ms; database at V3/
assert !(log =~ /undid V3__create_orders/)
def failures = BuildLog.failures(basedir)
assert failures.size() == 1
assert failures[0].startsWith('FLUX-NO-UNDO: ')
assert failures[0].contains('V2__backfill_users has no undo')
assert !failures.any { BuildLog.showsClassName(it) }

H2Database.open(basedir, 'target/flux/db').withCloseable { db ->
    assert db.tables() == ['FLUX_MIGRATIONS', 'FLUX_MIGRATIONS_LOCK', 'ORDERS', 'USERS']
    assert db.strings('SELECT COUNT(*) FROM users') == ['2']
    assert db.history() == ['V1__create_users APPLIED', 'V2__backfill_users APPLIED', 'V3__create_orders APPLIED']
}
true
