import dev.flux.its.BuildLog
import dev.flux.its.H2Database

def log = new File(basedir, 'build.log').text
assert log =~ /flux-maven-plugin:[^:]+:verify \(default\) @ verify-binding/
assert log.contains('Verified 2 migrations against the history: no problems')
def failures = BuildLog.failures(basedir)
assert failures.size() == 1
assert failures[0].startsWith('FLUX-CHECKSUM: validation found 1 problem:\n  - FLUX-CHECKSUM V1__create_users.sql: ')
assert !failures.any { BuildLog.showsClassName(it) }

H2Database.open(basedir, 'target/flux/db').withCloseable { db ->
    assert db.history() == ['V1__create_users APPLIED', 'V2__create_orders APPLIED']
}
true
