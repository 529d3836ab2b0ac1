// The case needs flux-junit in the repository of the ITs: its/pom.xml lists it so that invoker:install puts it there.
// Without it the case is skipped with this message, except under CI=true, where it fails.
def installed = new File(localRepositoryPath, 'dev/flux/flux-junit').isDirectory()
if (!installed) {
    boolean ci = 'true'.equalsIgnoreCase(System.getenv('CI'))
    println((ci ? 'Not skipping ' : 'Skipping ') + basedir.name + ': dev.flux:flux-junit is not in the repository'
            + ' of the ITs; add it to the dependencies of its/pom.xml.' + (ci ? ' CI=true, so it fails instead.' : ''))
    return ci
}

// Runs only where MariaDB answers (FLUX_TEST_MARIADB_URL); skipped with a message elsewhere, except under CI=true.
dev.flux.its.MariaDbServer.available()
