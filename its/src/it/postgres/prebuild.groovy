import dev.flux.its.PostgresServer

// A schema of its own, so the case never meets another run's tables; dropped by verify.groovy.
def schema = 'flux_it_' + System.currentTimeMillis()
PostgresServer.execute("CREATE SCHEMA ${schema}")
new File(basedir, 'schema.txt').text = schema
new File(basedir, 'flux.toml').text = """\
[flux]
backend = "postgres"
migration_directory = "src/main/flux"

[connection]
url = "${PostgresServer.url()}"

[backend]
schema = "${schema}"
"""
true
