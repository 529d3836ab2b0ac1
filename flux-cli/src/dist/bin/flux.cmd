@echo off
rem Runs the flux command line. Java comes from JAVA_HOME, else from the PATH; FLUX_OPTS holds extra JVM
rem options. Every jar in lib\ and drivers\ is on the class path.
setlocal
set "FLUX_HOME=%~dp0.."
if defined JAVA_HOME (
  set "FLUX_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "FLUX_JAVA=java"
)
"%FLUX_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto %FLUX_OPTS% -cp "%FLUX_HOME%\lib\*;%FLUX_HOME%\drivers\*" "-Dflux.home=%FLUX_HOME%" dev.flux.cli.Main %*
exit /b %ERRORLEVEL%
