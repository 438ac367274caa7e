; Inno Setup 6 script for Barnahus Desk (Inno Setup 6.3 or newer).
; installer/windows/build.ps1 builds the PyInstaller folder first and then runs:
;   ISCC /DAppVersion=<version> /DSourceDir=<dist\barnahus-desk> /DIconFile=<.ico> /O<dist> barnahus.iss
; The installer copies the folder, adds a Start-menu shortcut and an uninstaller. Case data is
; never in the program folder: the app keeps it in the user's AppData, which uninstalling and
; upgrading leave alone.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 (installer/windows/build.ps1 does).
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\barnahus-desk"
#endif

[Setup]
; The AppId identifies the product across versions (upgrades, uninstall); never change it.
AppId={{041ECAFB-A4BF-49C7-BFE9-98A0C1269549}
AppName=Barnahus Desk
AppVersion={#AppVersion}
AppVerName=Barnahus Desk {#AppVersion}
AppPublisher=Barnahus Desk developers
DefaultDirName={autopf}\Barnahus Desk
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; the wizard offers an
; installation for all users (into Program Files) to those who have them.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=barnahus-desk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=Barnahus Desk
UninstallDisplayIcon={app}\barnahus-desk.exe
#ifdef IconFile
SetupIconFile={#IconFile}
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's libraries wholesale, so none of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; barnahus-desk.exe is the windowed twin of barnahus.exe (the command line), so no console opens.
Name: "{autoprograms}\Barnahus Desk"; Filename: "{app}\barnahus-desk.exe"
Name: "{autodesktop}\Barnahus Desk"; Filename: "{app}\barnahus-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\barnahus-desk.exe"; Description: "{cm:LaunchProgram,Barnahus Desk}"; Flags: nowait postinstall skipifsilent
