def log = new File(basedir, 'build.log').text
assert log.contains('after undo of V3__add_order_note: column ORDERS.NOTE still exists')
assert log.contains('Tests run: 6, Failures: 1, Errors: 0, Skipped: 0')
assert log.contains('BUILD FAILURE')
true
