// Runs only where MariaDB answers (FLUX_TEST_MARIADB_URL); skipped with a message elsewhere, except under CI=true.
dev.flux.its.MariaDbServer.available()
