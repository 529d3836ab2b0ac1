import dev.flux.its.BuildLog
import dev.flux.its.H2Database

def failures = BuildLog.failures(basedir)
assert failures.size() == 1
def lines = failures[0].readLines()
assert lines[0] =~ /^FLUX-CONFIG: 2 problems in \/.*\/flux\.toml:$/
assert lines[1] =~ /\/flux\.toml:1:1: flux\.backend: missing; add backend = "h2" under \[flux\]/
assert lines[2] =~ /\/flux\.toml:2:1: flux\.bakend: unknown key . did you mean 'backend'\?/
assert !failures.any { BuildLog.showsClassName(it) }
assert !H2Database.exists(basedir, 'target/flux/db')
true
