import dev.flux.its.H2Database

def log = new File(basedir, 'build.log').text
assert log.count('flux: skipped (flux.skip is set)') == 2
assert !log.contains('Database:')
['flux:init', 'flux:new', 'flux:status', 'flux:migrate', 'flux:rollback', 'flux:verify', 'flux:repair', 'flux:help'].each {
    assert log.contains(it)
}
assert log.contains('User property: flux.count')
assert log.contains('User property: flux.serverId')
assert !H2Database.exists(basedir, 'target/flux/db')
true
