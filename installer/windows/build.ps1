<#
.SYNOPSIS
Build the Windows installer dist\barnahus-desk-<version>-windows-x64-setup.exe.

.DESCRIPTION
Creates a virtual environment in build\venv-windows, installs the app with the tested versions
(constraints.txt) and the "package" extra (PyInstaller), builds dist\barnahus-desk\ from
installer\barnahus.spec, checks that it starts, and packs it with Inno Setup.
Needs Python 3.11 or newer and Inno Setup 6.3 or newer. Run from any folder:
    powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
Not tested on the Linux development machines; .github/workflows/installers.yml runs it.

.PARAMETER Python
The Python to create the environment with (default: "py -3.11" if the launcher exists,
else "python").

.PARAMETER Iscc
Path to ISCC.exe (default: found on PATH or in the usual Inno Setup 6 folders).
#>
param(
    [string]$Python = "",
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

# Native programs report failure through their exit code, which PowerShell does not check.
function Invoke-Checked {
    $exe, $rest = $args
    & $exe @rest
    if ($LASTEXITCODE -ne 0) { throw "'$exe $rest' failed with exit code $LASTEXITCODE." }
}

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root
$Venv = Join-Path $Root "build\venv-windows"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
$Icon = Join-Path $Root "build\icons\barnahus.ico"
$Bundle = Join-Path $Root "dist\barnahus-desk"

if (-not (Test-Path $VenvPython)) {
    Write-Host "Creating $Venv..."
    if ($Python) { Invoke-Checked $Python -m venv $Venv }
    elseif (Get-Command py -ErrorAction SilentlyContinue) { Invoke-Checked py -3.11 -m venv $Venv }
    else { Invoke-Checked python -m venv $Venv }
}
Invoke-Checked $VenvPython -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 'Python 3.11 or newer is needed.')"
Invoke-Checked $VenvPython -m pip install --quiet --disable-pip-version-check --upgrade "pip>=23.2"
Invoke-Checked $VenvPython -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[package]"
$Version = (& $VenvPython -c "import barnahus; print(barnahus.__version__)").Trim()

Write-Host "Building Barnahus Desk $Version with PyInstaller..."
Invoke-Checked $VenvPython installer\render_icon.py --ico $Icon
$env:BARNAHUS_ICON = $Icon
Invoke-Checked $VenvPython -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller installer\barnahus.spec

Write-Host "Checking that the bundle starts..."
$env:QT_QPA_PLATFORM = "offscreen"
$Printed = (& "$Bundle\barnahus.exe" --version | Out-String).Trim()
if ($LASTEXITCODE -ne 0 -or $Printed -ne "barnahus $Version") {
    throw "barnahus.exe --version printed '$Printed' (exit code $LASTEXITCODE)."
}
Invoke-Checked "$Bundle\barnahus.exe" --smoke-test
Remove-Item Env:QT_QPA_PLATFORM

if (-not $Iscc) {
    $Found = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    $Candidates = @(
        $(if ($Found) { $Found.Source }),
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    )
    $Iscc = $Candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
}
if (-not $Iscc) {
    throw "Inno Setup 6 (ISCC.exe) was not found: install it from https://jrsoftware.org/isdl.php or pass -Iscc."
}
Write-Host "Packing the installer with $Iscc..."
Invoke-Checked $Iscc /Qp "/DAppVersion=$Version" "/DSourceDir=$Bundle" "/DIconFile=$Icon" "/O$Root\dist" installer\windows\barnahus.iss
Get-ChildItem "dist\barnahus-desk-$Version-windows-x64-setup.exe" | ForEach-Object {
    Write-Host ("Built {0} ({1:N1} MB)" -f $_.FullName, ($_.Length / 1MB))
}
