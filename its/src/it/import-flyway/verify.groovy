import dev.flux.its.BuildLog
import dev.flux.its.H2Database

def log = new File(basedir, 'build.log').text
def failures = BuildLog.failures(basedir)
assert failures.size() == 1
assert failures[0].startsWith('FLUX-NOT-EMPTY') && failures[0].contains('table flyway_schema_history')
assert failures[0].contains('flux:import-flyway')
assert log.contains('  moved R__user_names.sql -> post-apply/R__user_names.sql')

assert log.contains('  imported V1__create_users')
assert log.contains('  imported V2__add_roles')
assert log.contains("Flyway's repeatable migrations are not recorded by flux: R__user_names.sql.")
assert log.contains("Imported 2 migrations from Flyway's flyway_schema_history; database at V2. Flyway's table was left as it was.")
assert log =~ /2 +add roles +APPLIED/
assert log =~ /3 +add email +PENDING/
assert log =~ /Applied 1 migration in \d+ ms; database at V3/

H2Database.open(basedir, 'target/flux/db').withCloseable { db ->
    assert db.history() == ['V1__create_users APPLIED', 'V2__add_roles APPLIED', 'V3__add_email APPLIED']
    assert db.strings('SELECT "script" FROM "flyway_schema_history" ORDER BY "installed_rank"') ==
            ['', 'V1__create_users.sql', 'V2__add_roles.sql', 'R__user_names.sql']
    assert db.columns('users') == ['ID', 'NAME', 'EMAIL']
    assert db.strings('SELECT name FROM users') == ['ada']
}
true
