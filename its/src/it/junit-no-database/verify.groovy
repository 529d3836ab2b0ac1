def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 3')
// Oracle offers no test databases yet; once it does, the message says how to give it one (flux.test.url,
// or Docker for a container), which is still a skip here.
assert log.contains('[flux-junit] No database to run flux tests on')
def reports = new File(basedir, 'target/surefire-reports').listFiles().findAll { it.name.endsWith('.xml') }
assert reports.size() == 2
reports.each { report ->
    assert report.text.contains('No database to run flux tests on')
    assert report.text.contains('flux.test.url')
}
true
