import dev.flux.its.BuildLog
import dev.flux.its.H2Database
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def failures = BuildLog.failures(basedir)
assert failures.size() == 2
assert failures.every { it.startsWith("FLUX-CHECKSUM") && it.contains("V2__add_roles changed after it was applied") }
assert !failures.any { BuildLog.showsClassName(it) }
assert log.contains('Nothing to repair: no failed migrations')
assert log.contains('re-recorded the checksum of V2__add_roles: its current content now counts as applied')
assert log.contains('Repaired: removed 0 failed rows, re-recorded 1 checksum')
assert log.contains("Database at V2; nothing to apply")

def edited = new File(basedir, 'src/main/flux/V2__add_roles.sql').getText('UTF-8')
def sha256 = MessageDigest.getInstance('SHA-256').digest(edited.getBytes('UTF-8')).encodeHex().toString()
H2Database.open(basedir, 'target/flux/db').withCloseable { db ->
    assert db.history() == ['V1__create_users APPLIED', 'V2__add_roles APPLIED']
    assert db.strings("SELECT CHECKSUM FROM FLUX_MIGRATIONS WHERE VERSION = '2'") == [sha256]
    assert db.strings('SELECT name FROM roles') == ['admin']
}
true
