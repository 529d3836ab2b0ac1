import dev.flux.its.MariaDbServer

// A database of its own, so the case never meets another run's tables; dropped by verify.groovy.
def database = 'flux_it_' + System.currentTimeMillis()
MariaDbServer.execute("CREATE DATABASE ${database}")
new File(basedir, 'database.txt').text = database
new File(basedir, 'flux.toml').text = """\
[flux]
backend = "mariadb"
migration_directory = "src/main/flux"

[connection]
url = "${MariaDbServer.urlOf(database)}"
"""
true
