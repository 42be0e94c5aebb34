@echo off
rem Gazette's launcher for Windows, made by `mvn package` beside gazette.jar (README, "The launcher"):
rem runs the jar with JAVA_OPTS, when set; the flags the POSIX launcher picks by the archive's size are
rem not chosen here.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" %JAVA_OPTS% -jar "%~dp0gazette.jar" %*
