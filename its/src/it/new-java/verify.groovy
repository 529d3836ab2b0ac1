import dev.flux.its.H2Database
import java.time.LocalDate
import java.time.format.DateTimeFormatter

def day = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE)
def id = "V${day}_001__BackfillEmails"
def source = new File(basedir, "src/main/java/com/acme/db/${id}.java")
assert source.isFile()
assert source.text.contains("public final class ${id} implements JavaMigration")
assert source.text.startsWith('package com.acme.db;')
assert new File(basedir, "target/classes/com/acme/db/${id}.class").isFile()

def log = new File(basedir, 'build.log').text
assert log.contains("Created src/main/java/com/acme/db/${id}.java")
assert log =~ /Applied 2 migrations in \d+ ms; database at V${day}_001\b/

H2Database.open(basedir, 'target/flux/db').withCloseable { db ->
    assert db.history() == ['V1__CreateUsers APPLIED', "${id} APPLIED".toString()]
}
true
