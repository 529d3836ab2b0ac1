import dev.flux.its.H2Database
import dev.flux.its.PostgresServer
import dev.flux.its.SpringBootApp
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 5, Failures: 0, Errors: 0, Skipped: 0')   // flux-junit in the example's tests
def jar = new File(basedir, 'target/flux-spring-boot-example.jar')
assert jar.isFile()

def customers = 'Customers at startup: Ada <ada@example.com>, Linus <linus@example.com>'
def applied = ~/flux: applied 3 migrations \(V1__create_customers, V2__add_email, V3__SeedCustomers\) in \d+ ms; database at V3/

/** /actuator/flux: every migration applied, from the history, with no password anywhere. */
def checkEndpoint = { SpringBootApp app, String password ->
    def body = app.get('/actuator/flux')
    if (password) {
        assert !body.contains(password)
    }
    def report = new JsonSlurper().parseText(body)
    assert report.currentVersion == '3'
    assert report.migrations.collect { "${it.id} ${it.version} ${it.state}" } ==
            ['V1__create_customers 1 APPLIED', 'V2__add_email 2 APPLIED', 'V3__SeedCustomers 3 APPLIED']
    assert report.migrations.every { it.appliedAt ==~ /\d{4}-\d\d-\d\dT.*Z/ }
}

// H2: a file database, so that the history can be read after the application stopped. flux.java-packages makes
// flux list the classes of com.example.app.db inside the nested jar too (a package without a migration would
// stop start-up with FLUX-JAVA); V3__SeedCustomers, also a bean, still runs once.
def h2 = new File(basedir, 'target/h2/app').absolutePath
def app = SpringBootApp.start(jar, ["--spring.datasource.url=jdbc:h2:file:${h2}".toString(),
                                   '--spring.datasource.username=sa', '--flux.java-packages=com.example.app.db'])
try {
    assert app.started(): app.output()
    assert app.output() =~ applied
    assert app.awaitOutput(customers): app.output()     // JPA (ddl-auto=validate) started on the migrated schema
    checkEndpoint(app, null)
} finally {
    app.close()
}
H2Database.open(basedir, 'target/h2/app').withCloseable { db ->
    assert db.history() == ['V1__create_customers APPLIED', 'V2__add_email APPLIED', 'V3__SeedCustomers APPLIED']
    assert db.tables().contains('CUSTOMERS')
}

// PostgreSQL: a fresh database for this run, dropped at the end.
if (!PostgresServer.available()) {
    return true
}
def database = 'flux_it_spring_' + System.currentTimeMillis()
def url = PostgresServer.url().replaceFirst(/\/[^\/?]*(\?|$)/, "/${database}\$1")
def password = 'no-password-needed-7'   // trust auth ignores it; it must still appear nowhere
PostgresServer.execute("CREATE DATABASE ${database}")
try {
    def args = ["--spring.datasource.url=${url}".toString(), "--spring.datasource.password=${password}".toString()]
    app = SpringBootApp.start(jar, args)
    try {
        assert app.started(): app.output()
        assert app.output() =~ applied
        assert app.output().contains('(postgres)')
        assert app.awaitOutput(customers): app.output()
        assert !app.output().contains(password)
        checkEndpoint(app, password)
    } finally {
        app.close()
    }

    def query = { String sql ->
        new org.postgresql.Driver().connect(url, new Properties()).withCloseable { c ->
            c.createStatement().executeQuery(sql).withCloseable { rs ->
                def rows = []
                while (rs.next()) { rows << rs.getString(1) }
                rows
            }
        }
    }
    def history = "SELECT id FROM flux_migrations ORDER BY id"
    def tables = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"
    assert query(history) == ['V1__create_customers', 'V2__add_email', 'V3__SeedCustomers']
    def tablesBefore = query(tables)
    assert tablesBefore.contains('customers')

    // A broken migration: start-up fails with flux's report, exits non-zero, and the database is unchanged.
    def broken = new File(basedir, 'target/broken-migrations')
    broken.mkdirs()
    new File(basedir, 'src/main/resources/db/flux').eachFile { f -> new File(broken, f.name).bytes = f.bytes }
    new File(broken, 'V4__audit.sql').text = 'CREATE TABLE audit (id INT);\nINSERT INTO no_such_table VALUES (1);\n'
    app = SpringBootApp.start(jar, args + ["--flux.migration-directory=${broken.absolutePath}".toString()])
    try {
        assert app.exitCode() != 0
        def out = app.output()
        assert out.contains('APPLICATION FAILED TO START')
        println 'The failure report of the broken start-up:\n' + out.substring(out.indexOf('APPLICATION FAILED TO START'))
        assert out.contains('FLUX-SQL')
        assert out.contains('V4__audit')
        assert out.contains('V4__audit.sql:2')
        assert out =~ /no_such_table/
        assert out.contains('Action:')
        assert !out.contains(password)
    } finally {
        app.close()
    }
    assert query(history) == ['V1__create_customers', 'V2__add_email', 'V3__SeedCustomers']
    assert query(tables) == tablesBefore
    assert query("SELECT COUNT(*) FROM customers") == ['2']
} finally {
    PostgresServer.execute("DROP DATABASE IF EXISTS ${database} WITH (FORCE)")
}
true
