// Runs only where PostgreSQL answers (FLUX_TEST_POSTGRES_URL); skipped with a message elsewhere, except under CI=true.
dev.flux.its.PostgresServer.available()
