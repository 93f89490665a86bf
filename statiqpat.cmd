@echo off
rem The generator's command on Windows (statiqpat.cmd verifier, statiqpat.cmd servir...): see statiqpat.ps1.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0statiqpat.ps1" %*
exit /b %ERRORLEVEL%
