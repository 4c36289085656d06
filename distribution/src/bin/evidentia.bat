@echo off
rem Evidentia launcher for Windows. Environment: JAVA_HOME (or java on the PATH), JAVA_OPTS,
rem EVIDENTIA_PLUGINS_DIR (default: the distribution's plugins\ folder).
setlocal
set "EVIDENTIA_HOME=%~dp0.."
for %%I in ("%EVIDENTIA_HOME%") do set "EVIDENTIA_HOME=%%~fI"
set "JAVACMD=java"
if defined JAVA_HOME set "JAVACMD=%JAVA_HOME%\bin\java"
if not defined EVIDENTIA_PLUGINS_DIR set "EVIDENTIA_PLUGINS_DIR=%EVIDENTIA_HOME%\plugins"
rem The serial collector, unless JAVA_OPTS chooses another: Java refuses to start with two.
set "COLLECTOR=-XX:+UseSerialGC"
if defined JAVA_OPTS echo(%JAVA_OPTS%| findstr /r /c:"-XX:+Use[A-Za-z0-9]*GC\>" >nul && set "COLLECTOR="
"%JAVACMD%" %COLLECTOR% -Dguice_bytecode_gen_option=DISABLED %JAVA_OPTS% -Devidentia.home="%EVIDENTIA_HOME%" -cp "%EVIDENTIA_HOME%\lib\*" org.evidentia.runtime.cli.Main %*
exit /b %ERRORLEVEL%
