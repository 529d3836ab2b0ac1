def log = new File(basedir, 'build.log').text
// two tests and one round trip per migration
assert log.contains('Tests run: 5, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')
true
