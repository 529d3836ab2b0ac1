import dev.flux.its.H2Database
import dev.flux.its.SpringBootApp
import groovy.json.JsonSlurper

def jar = new File(basedir, 'target/flux-spring-boot-4-example.jar')
assert jar.isFile()

def h2 = new File(basedir, 'target/h2/app').absolutePath
def app = SpringBootApp.start(jar, ["--spring.datasource.url=jdbc:h2:file:${h2}".toString(),
                                   '--spring.datasource.username=sa'])
try {
    assert app.started(): app.output()
    assert app.output() =~ /:: Spring Boot ::\s+\(v4\.0\.7\)/
    assert app.output() =~ /flux: applied 3 migrations \(V1__create_customers, V2__add_email, V3__SeedCustomers\) in \d+ ms; database at V3 \(h2\)/
    // JPA (ddl-auto=validate) started on the migrated schema, and its repository reads what V3 wrote.
    assert app.awaitOutput('Customers at startup: Ada <ada@example.com>, Linus <linus@example.com>'): app.output()
    def report = new JsonSlurper().parseText(app.get('/actuator/flux'))
    assert report.migrations.collect { "${it.id} ${it.state}" } ==
            ['V1__create_customers APPLIED', 'V2__add_email APPLIED', 'V3__SeedCustomers APPLIED']
} finally {
    app.close()
}
H2Database.open(basedir, 'target/h2/app').withCloseable { db ->
    assert db.history() == ['V1__create_customers APPLIED', 'V2__add_email APPLIED', 'V3__SeedCustomers APPLIED']
}
true
