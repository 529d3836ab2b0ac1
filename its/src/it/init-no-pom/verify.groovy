import java.time.LocalDate
import java.time.format.DateTimeFormatter

def day = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE)
def workspace = new File(basedir, 'workspace')
assert new File(workspace, 'flux.toml').text.contains('backend = "h2"')
assert new File(workspace, "src/main/flux/V${day}_001__create_users.sql").isFile()
assert new File(workspace, "src/main/flux/V${day}_001__create_users.undo.sql").isFile()
def unresolved = []
workspace.eachFileRecurse { if (it.name.contains('${')) unresolved << it }
assert unresolved == []
// the next step it suggests works without a pom
def log = new File(basedir, 'build.log').text
assert log.contains('Next: mvn dev.flux:flux-maven-plugin:')
assert !log.contains('Next: mvn flux:new')
true
