import dev.flux.its.BuildLog
import dev.flux.its.H2Database

def log = new File(basedir, 'build.log').text
assert log =~ /Applied 1 migration in \d+ ms; database at V1/
assert log.contains('FLUX-CONFIG: credentials are given both through serverId and directly')
assert log =~ /Database: h2 at jdbc:h2:file:\S+\/target\/flux\/db;PASSWORD=\*\*\*\*/
assert !log.contains('Pw-of-flux_app-7')
def failures = BuildLog.failures(basedir)
assert failures.size() == 1
assert !failures.any { BuildLog.showsClassName(it) }

H2Database.open(basedir, 'target/flux/db', 'flux_app', 'Pw-of-flux_app-7').withCloseable { db ->
    assert db.history() == ['V1__create_users APPLIED']
}
true
