import dev.flux.its.BuildLog

def log = new File(basedir, 'build.log').text
assert log.contains('Backend: h2; no database configured')
assert log.contains('Verified the migrations offline: no problems.')
def failures = BuildLog.failures(basedir)
assert failures.size() == 1
assert failures[0].startsWith('FLUX-SYNTAX: validation found 1 problem:\n  - FLUX-SYNTAX V2__add_admin.sql:2: unterminated string')
assert !failures.any { BuildLog.showsClassName(it) }
assert !new File(basedir, 'target/flux').exists()
true
