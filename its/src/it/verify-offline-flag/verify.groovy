import dev.flux.its.BuildLog

def log = new File(basedir, 'build.log').text
// the first build: the bound goal tries the configured database
def failures = BuildLog.failures(basedir)
assert failures.size() == 1
assert failures[0].startsWith('FLUX-CONNECT')
// the second, with -Dflux.offline: file checks only, and no password or URL needed
assert log.contains('Backend: h2; no database configured')
assert log.contains('Verified the migrations offline: no problems. Run without -Dflux.offline to check them against the database')
true
