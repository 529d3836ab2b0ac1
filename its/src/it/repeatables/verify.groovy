import dev.flux.its.H2Database

def log = new File(basedir, 'build.log').text
def steps = log.readLines()
        .findAll { it =~ /^\[INFO\]   (ran|applied) / }
        .collect { it.replaceFirst(/^\[INFO\]   /, '').replaceFirst(/ \(\d+ ms\)$/, '') }
assert steps == ['ran pre-apply/010_drop_views.sql', 'applied V1__create_items', 'ran post-apply/010_views.sql',
                 'ran pre-apply/010_drop_views.sql', 'applied V2__rebuild_items', 'ran post-apply/010_views.sql']

H2Database.open(basedir, 'target/flux/db').withCloseable { db ->
    assert db.views() == ['ITEM_LIST']
    assert db.columns('item_list') == ['ID', 'NAME', 'PRICE']
    assert db.strings('SELECT name FROM item_list') == ['pen']
}
true
