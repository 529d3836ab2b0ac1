import dev.flux.its.MariaDbServer

// flux.test.url as a JUnit configuration parameter: each test class gets a database of its own there.
def resources = new File(basedir, 'src/test/resources')
resources.mkdirs()
new File(resources, 'junit-platform.properties').text = "flux.test.url=${MariaDbServer.url()}\n"
true
