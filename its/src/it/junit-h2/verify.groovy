def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 12, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')
// one round trip per migration
assert log =~ /Tests run: 6, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.acme.db.UndoTest/
// [connection] of flux.toml was never used
assert !new File(basedir, 'target/production-must-not-be-touched.mv.db').exists()
true
