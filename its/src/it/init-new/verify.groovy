import dev.flux.its.BuildLog
import dev.flux.its.H2Database
import java.time.LocalDate
import java.time.format.DateTimeFormatter

def day = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE)
def flux = new File(basedir, 'src/main/flux')
def files = []
flux.eachFileRecurse(groovy.io.FileType.FILES) { files << flux.toPath().relativize(it.toPath()).toString() }
assert files.sort() == ["V${day}_001__add_users.sql", "V${day}_001__add_users.undo.sql",
                        "V${day}_002__add_orders.sql", "V${day}_002__add_orders.undo.sql",
                        'post-apply/010_views.sql', 'pre-apply/010_drop_views.sql']*.toString().sort()

def toml = new File(basedir, 'flux.toml').text
assert toml.contains('backend = "h2"')
assert toml.contains('url = "jdbc:h2:file:./target/flux/db;AUTO_SERVER=TRUE"')

def log = new File(basedir, 'build.log').text
assert log.contains("Created src/main/flux/V${day}_001__add_users.sql")
assert log.contains('Created src/main/flux/pre-apply/010_drop_views.sql')
assert log =~ /Applied 2 migrations in \d+ ms; database at V${day}_002\b/
assert log =~ /flux\.toml already exists; flux:init changed nothing \(it never overwrites\)/
assert log.contains('lists no java_packages')
def failures = BuildLog.failures(basedir)
assert failures.size() == 1
assert !failures.any { BuildLog.showsClassName(it) }

H2Database.open(basedir, 'target/flux/db').withCloseable { db ->
    assert db.history() == ["V${day}_001__add_users APPLIED", "V${day}_002__add_orders APPLIED"]*.toString()
}
true
