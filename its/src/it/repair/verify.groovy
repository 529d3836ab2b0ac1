import dev.flux.its.BuildLog
import dev.flux.its.H2Database

def log = new File(basedir, 'build.log').text
assert log.contains('removed the failed history row of V2__add_roles')
assert log =~ /Applied 1 migration in \d+ ms; database at V2/
def failures = BuildLog.failures(basedir)
assert failures.size() == 2
assert failures[0].startsWith('FLUX-SQL')
assert failures[0] =~ /V2__add_roles[^\n]*statement 2/
assert failures[1].startsWith('FLUX-FAILED')
assert !failures.any { BuildLog.showsClassName(it) }

H2Database.open(basedir, 'target/flux/db').withCloseable { db ->
    assert db.strings('SELECT name FROM roles ORDER BY name') == ['admin', 'member']
    assert db.history() == ['V1__create_users APPLIED', 'V2__add_roles APPLIED']
}
true
