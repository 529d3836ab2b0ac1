import dev.flux.its.BuildLog
import dev.flux.its.H2Database

def log = BuildLog.text(basedir)
// the builds ran at debug level, and did their work
assert log.contains('[DEBUG]')
assert log.findAll(/Applied 1 migration in \d+ ms; database at V1/).size() == 3
assert log.contains('FLUX-CONNECT: cannot connect to jdbc:h2:file:')

// no password shows anywhere, whichever way it was given
def passwords = ['Its-conn-Pw-3319', 'Its-url-Pw-7741', 'Pw-of-flux_app-7', 'Its-wrong-Pw-5150']
def hits = passwords.findAll { log.contains(it) }
assert hits.isEmpty() : "passwords in build.log: ${hits}"
println "secrets-debug: scanned ${log.length()} characters of -X output of 4 builds: 0 of ${passwords.size()} passwords found"

// each password did reach its database
H2Database.open(basedir, 'target/flux/connection-db', 'rel', 'Its-conn-Pw-3319').withCloseable { db ->
    assert db.history() == ['V1__create_accounts APPLIED']
}
H2Database.open(basedir, 'target/flux/url-db', 'rel', 'Its-url-Pw-7741').withCloseable { db ->
    assert db.history() == ['V1__create_accounts APPLIED']
}
H2Database.open(basedir, 'target/flux/server-db', 'flux_app', 'Pw-of-flux_app-7').withCloseable { db ->
    assert db.history() == ['V1__create_accounts APPLIED']
}
true
