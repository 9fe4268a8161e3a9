@echo off
rem Build RefugeDesk's Windows installer: dist\RefugeDesk-<version>-windows-x64-setup.exe
rem
rem Double-click this file (or run it in a Command Prompt). It needs Python 3.11 or newer and
rem Inno Setup 6 installed first; BUILDING.md explains each step.
setlocal
cd /d "%~dp0..\.."

echo [1/5] Checking Python ...
set "PY="
where py >nul 2>nul && set "PY=py -3"
if not defined PY where python >nul 2>nul && set "PY=python"
if not defined PY (
    echo Python was not found. Install it from https://www.python.org/downloads/ and tick
    echo "Add python.exe to PATH" on the first page of its installer, then run this again.
    goto fail
)
%PY% -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)" || (
    echo RefugeDesk needs Python 3.11 or newer. Install a newer Python, then run this again.
    goto fail
)

echo [2/5] Installing what the build needs into .venv (the first time takes a few minutes) ...
if not exist .venv\Scripts\python.exe (
    %PY% -m venv .venv || goto fail
)
.venv\Scripts\python.exe -m pip install --quiet --upgrade pip || goto fail
.venv\Scripts\python.exe -m pip install --quiet -e ".[dev]" || goto fail

echo [3/5] Building the program into dist\RefugeDesk ...
.venv\Scripts\pyinstaller.exe installer\refugedesk.spec --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller || goto fail

echo [4/5] Checking the program works (self-test) ...
dist\RefugeDesk\refugedesk-cli.exe --self-test || goto fail

echo [5/5] Making the installer ...
for /f "delims=" %%v in ('.venv\Scripts\python.exe installer\version.py') do set "VERSION=%%v"
set "ISCC="
for %%d in ("%ProgramFiles(x86)%" "%ProgramFiles%" "%LOCALAPPDATA%\Programs") do (
    if not defined ISCC if exist "%%~d\Inno Setup 6\ISCC.exe" set "ISCC=%%~d\Inno Setup 6\ISCC.exe"
)
if not defined ISCC (
    echo Inno Setup 6 was not found. Install it from https://jrsoftware.org/isdl.php
    echo ^(the ordinary installer, all the default choices^), then run this again.
    goto fail
)
"%ISCC%" /Q /DAppVersion=%VERSION% installer\windows\refugedesk.iss || goto fail

echo.
echo Done. The installer is  dist\RefugeDesk-%VERSION%-windows-x64-setup.exe
echo Copy that one file to the office PC and double-click it there.
pause
exit /b 0

:fail
echo.
echo The build stopped at the step above. Nothing was installed on this PC.
echo Send the messages above to whoever looks after RefugeDesk.
pause
exit /b 1
