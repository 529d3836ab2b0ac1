import org.flywaydb.core.Flyway

// Before the switch to flux, Flyway migrated this project's database up to V2 (and ran R__user_names.sql).
def db = new File(basedir, 'target/flux/db').absolutePath
Flyway.configure().dataSource("jdbc:h2:file:${db}", 'sa', '')
        .locations("filesystem:${new File(basedir, 'src/main/flux').absolutePath}").target('2')
        .load().migrate()
true
