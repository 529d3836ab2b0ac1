import dev.flux.its.PostgresServer

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 12, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')
// every class's database was dropped after it
['migratetotest', 'rollbackaftertest', 'backfilltest', 'undotest'].each { label ->
    assert PostgresServer.strings("SELECT datname FROM pg_database WHERE datname LIKE 'flux_test_${label}_%'") == []
}
true
