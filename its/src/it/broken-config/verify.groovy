import dev.flux.its.BuildLog
import dev.flux.its.H2Database

def failures = BuildLog.failures(basedir)
assert failures.size() == 1
def lines = failures[0].readLines()
// A missing backend is no problem of its own (it would come from the URL): the misspelt key is the one.
assert lines[0] =~ /^FLUX-CONFIG: \/.*\/flux\.toml:2:1: flux\.bakend: unknown key . did you mean 'backend'\?/
assert !failures.any { BuildLog.showsClassName(it) }
assert !H2Database.exists(basedir, 'target/flux/db')
true
