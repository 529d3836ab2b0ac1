import dev.flux.its.BuildLog
import dev.flux.its.H2Database

def log = new File(basedir, 'build.log').text
assert log =~ /applied V1__CreateAccounts \(\d+ ms\)/
assert log =~ /Applied 2 migrations in \d+ ms; database at V2/
assert log =~ /1\s+CreateAccounts\s+APPLIED/
def failures = BuildLog.failures(basedir)
assert failures.size() == 2
assert failures[0].startsWith('FLUX-JAVA')
assert failures[0].contains('compile first, for example mvn compile flux:migrate')
assert failures[1].startsWith('FLUX-CHECKSUM: validation found 1 problem:\n  - FLUX-CHECKSUM com.acme.db.V1__CreateAccounts: ')
assert !failures.any { BuildLog.showsClassName(it) }

H2Database.open(basedir, 'target/flux/db').withCloseable { db ->
    assert db.strings('SELECT email FROM accounts') == ['a@example.com']
    assert db.history() == ['V1__CreateAccounts APPLIED', 'V2__seed_accounts APPLIED']
}
true
