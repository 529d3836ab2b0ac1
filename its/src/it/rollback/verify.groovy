import dev.flux.its.BuildLog
import dev.flux.its.H2Database

def log = new File(basedir, 'build.log').text
assert log =~ /Applied 3 migrations in \d+ ms; database at V3/
assert log =~ /undid V3__create_invoices \(\d+ ms\)/
assert log =~ /Undid 1 migration in \d+ ms; database at V2/
assert log =~ /undid V2__create_orders \(\d+ ms\)/
assert log =~ /Undid 1 migration in \d+ ms; database at V1/
assert log.contains('FLUX-CONFIG: flux:rollback needs -Dflux.count=N (undo the N latest migrations) or -Dflux.target=V3')
def failures = BuildLog.failures(basedir)
assert failures.size() == 1
assert !failures.any { BuildLog.showsClassName(it) }

H2Database.open(basedir, 'target/flux/db').withCloseable { db ->
    assert db.tables() == ['FLUX_MIGRATIONS', 'FLUX_MIGRATIONS_LOCK', 'USERS']
    assert db.history() == ['V1__create_users APPLIED']
}
true
