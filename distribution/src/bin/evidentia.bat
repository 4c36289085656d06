@echo off
rem Evidentia launcher for Windows. Environment: JAVA_HOME (or java on the PATH), JAVA_OPTS,
rem EVIDENTIA_PLUGINS_DIR (default: the distribution's plugins\ folder).
setlocal
set "EVIDENTIA_HOME=%~dp0.."
for %%I in ("%EVIDENTIA_HOME%") do set "EVIDENTIA_HOME=%%~fI"
set "JAVACMD=java"
if defined JAVA_HOME set "JAVACMD=%JAVA_HOME%\bin\java"
if not defined EVIDENTIA_PLUGINS_DIR set "EVIDENTIA_PLUGINS_DIR=%EVIDENTIA_HOME%\plugins"
rem The serial collector, unless the options choose another (Java reads JAVA_TOOL_OPTIONS and
rem JDK_JAVA_OPTIONS too): Java refuses to start with two. Collectors by name, so that options such
rem as -XX:+UseAdaptiveSizePolicyWithSystemGC, which choose none, keep it. Its survivor spaces a
rem sixth of the young generation each, as bin/evidentia says why, unless the options set the ratio
rem or choose another collector.
set "COLLECTOR=-XX:+UseSerialGC"
set "SURVIVORS=-XX:SurvivorRatio=4"
echo( %JAVA_TOOL_OPTIONS% %JDK_JAVA_OPTIONS% %JAVA_OPTS% | findstr /c:" -XX:+UseSerialGC " /c:" -XX:+UseParallelGC " /c:" -XX:+UseParallelOldGC " /c:" -XX:+UseG1GC " /c:" -XX:+UseZGC " /c:" -XX:+UseShenandoahGC " /c:" -XX:+UseEpsilonGC " /c:" -XX:+UseConcMarkSweepGC " >nul && set "COLLECTOR="
echo( %JAVA_TOOL_OPTIONS% %JDK_JAVA_OPTIONS% %JAVA_OPTS% | findstr /c:" -XX:SurvivorRatio=" /c:" -XX:+UseParallelGC " /c:" -XX:+UseParallelOldGC " /c:" -XX:+UseG1GC " /c:" -XX:+UseZGC " /c:" -XX:+UseShenandoahGC " /c:" -XX:+UseEpsilonGC " /c:" -XX:+UseConcMarkSweepGC " >nul && set "SURVIVORS="
"%JAVACMD%" %COLLECTOR% %SURVIVORS% -Dguice_bytecode_gen_option=DISABLED %JAVA_OPTS% -Devidentia.home="%EVIDENTIA_HOME%" -cp "%EVIDENTIA_HOME%\lib\*" org.evidentia.runtime.cli.Main %*
exit /b %ERRORLEVEL%
