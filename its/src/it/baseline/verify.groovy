import dev.flux.its.BuildLog
import dev.flux.its.H2Database

def log = new File(basedir, 'build.log').text
def failures = BuildLog.failures(basedir)
assert failures.size() == 3
assert failures[0].startsWith('FLUX-NOT-EMPTY: the database has no flux history but is not empty')
assert failures[0].contains('table ROLES') && failures[0].contains('table USERS')
assert failures[0].contains('flux:baseline -Dflux.version=') && failures[0].contains('allow_non_empty')
assert failures[1].startsWith('FLUX-CONFIG: flux:baseline needs -Dflux.version=V<n>')
assert failures[2].startsWith('FLUX-TARGET: cannot roll back V2__add_roles, V1__create_users')
assert failures[2].contains('baselined') && failures[2].contains('Roll back to V2 at the lowest')
assert !failures.any { BuildLog.showsClassName(it) }

assert log.contains('  baselined V1__create_users')
assert log.contains('Baselined 2 migrations; database at V2. Run flux:migrate for the later ones.')
assert log =~ /1 +create users +BASELINE/
assert log.contains('Database at V2; 1 pending, 2 baselined')
assert log.contains('Database at V3; 2 baselined')
assert log =~ /Applied 1 migration in \d+ ms; database at V3/
assert log =~ /Undid 1 migration in \d+ ms; database at V2/

H2Database.open(basedir, 'target/flux/db').withCloseable { db ->
    assert db.history() == ['V1__create_users BASELINE', 'V2__add_roles BASELINE']
    assert db.strings('SELECT name FROM users') == ['ada']
    assert db.columns('users') == ['ID', 'NAME']
}
true
