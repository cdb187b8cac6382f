; Inno Setup script: the Windows installer of Counsellor (per-user, no administrator rights).
; Build the one-folder app first (packaging/README.md), then:
;     iscc /DAppVersion=0.1.0 packaging\windows\counsellor.iss
; The data (encrypted database, backups, logs) lives in the user's profile
; (%LOCALAPPDATA%\Counsellor\Counsellor) and is never removed by an update or an uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
; Where the one-folder app is, and where the installer goes (scripts/build_windows.sh passes
; /DDistDir=...\dist\windows, so that the Linux bundle in dist\counsellor stays apart).
#ifndef DistDir
  #define DistDir "..\..\dist"
#endif

[Setup]
AppId={{6F1D8C2A-3B7E-4E55-9C1A-5C0F2A9B7D31}
AppName=Counsellor
AppVersion={#AppVersion}
AppVerName=Counsellor {#AppVersion}
AppPublisher=Counsellor
VersionInfoVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\Counsellor
DefaultGroupName=Counsellor
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#DistDir}
OutputBaseFilename=Counsellor-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\counsellor.ico
UninstallDisplayIcon={app}\counsellor-app.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An update closes the running app first (a half-replaced Qt folder would not start).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder build; files of an older version that are gone are removed first.
Source: "{#DistDir}\counsellor\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Counsellor"; Filename: "{app}\counsellor-app.exe"
Name: "{group}\{cm:UninstallProgram,Counsellor}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Counsellor"; Filename: "{app}\counsellor-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\counsellor-app.exe"; Description: "{cm:LaunchProgram,Counsellor}"; Flags: nowait postinstall skipifsilent
