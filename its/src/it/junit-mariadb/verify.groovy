import dev.flux.its.MariaDbServer

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 12, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')
// every class's database was dropped after it
['migratetotest', 'rollbackaftertest', 'backfilltest', 'undotest'].each { label ->
    assert MariaDbServer.strings("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'flux\\_test\\_${label}\\_%'") == []
}
true
