import dev.flux.its.BuildLog
import dev.flux.its.H2Database

def log = new File(basedir, 'build.log').text
def failures = BuildLog.failures(basedir)
assert failures.size() == 1
assert failures[0].startsWith('FLUX-NAME') && failures[0].contains('U1__create_users.sql')
assert log.contains('  would move U1__create_users.sql -> V1__create_users.undo.sql (flux names an undo after its migration)')
assert log.contains('  would move R__user_names.sql -> post-apply/R__user_names.sql (repeatable: runs after every migrate)')
assert log.contains('Dry run: 2 files to move. Nothing was changed; run again with -Dflux.write to make the changes.')
assert log.contains('  moved U1__create_users.sql -> V1__create_users.undo.sql')
assert log.contains('Converted 2 files.')
assert log =~ /Applied 2 migrations in \d+ ms; database at V2/

def flux = new File(basedir, 'src/main/flux')
assert flux.list().sort() == ['V1__create_users.sql', 'V1__create_users.undo.sql', 'V2__add_roles.sql', 'post-apply']
assert new File(flux, 'V1__create_users.undo.sql').text == 'DROP TABLE users;\n'
H2Database.open(basedir, 'target/flux/db').withCloseable { db ->
    assert db.history() == ['V1__create_users APPLIED', 'V2__add_roles APPLIED']
    assert db.views() == ['USER_NAMES']
}
true
