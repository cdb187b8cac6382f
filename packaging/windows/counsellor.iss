; Inno Setup script: the Windows installer of Counsellor.
; Build the one-folder app first (packaging/README.md), then:
;     iscc /DAppVersion=0.1.0 packaging\windows\counsellor.iss
; Two ways to install (the installer asks; IT chooses on the command line):
;  - "for me only" (/CURRENTUSER, no administrator rights): the program in
;    %LOCALAPPDATA%\Programs\Counsellor, the data in the user's profile
;    (%LOCALAPPDATA%\Counsellor\Counsellor);
;  - "for all users of this PC" (/ALLUSERS, administrator): the program in Program Files, ONE
;    data folder shared by every Windows user of the PC (%ProgramData%\Counsellor\data), on
;    which the PC's users get modify rights and nobody else any (no inheritance from
;    ProgramData, which lets every user read).
; Options for a silent install (packaging/README.md): /DATADIR=folder /SERVER=https://...
; /LANG=french|arabic|english. They go into counsellor.ini (%ProgramData%\Counsellor for all
; users, %LOCALAPPDATA%\Counsellor for one), which the app reads at start
; (counsellor_app/storage/install_config.py). The data is never removed by an update or an
; uninstall.

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
; Program Files for all users, %LOCALAPPDATA%\Programs for one (what {autopf} means, spelt
; out: Wine lacks the per-user Program Files folder {autopf} asks Windows for).
DefaultDirName={code:ProgramsDir}\Counsellor
DefaultGroupName=Counsellor
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
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

[Dirs]
; The shared data folder of an all-users install: kept by the uninstaller.
Name: "{code:DataDir}"; Permissions: users-modify; Flags: uninsneveruninstall; Check: IsAdminInstallMode

[Run]
Filename: "{app}\counsellor-app.exe"; Description: "{cm:LaunchProgram,Counsellor}"; Flags: nowait postinstall skipifsilent

[Code]
function ProgramsDir(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{commonpf}')
  else
    Result := ExpandConstant('{localappdata}\Programs');
end;

{ The data folder: /DATADIR=, else the shared one for all users, else none (the app's default,
  in the user's profile). }
function DataDir(Param: String): String;
begin
  Result := ExpandConstant('{param:DATADIR|}');
  if (Result = '') and IsAdminInstallMode then
    Result := ExpandConstant('{commonappdata}\Counsellor\data');
end;

function ConfigFile(): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{commonappdata}\Counsellor\counsellor.ini')
  else
    Result := ExpandConstant('{localappdata}\Counsellor\counsellor.ini');
end;

function AppLanguage(): String;
begin
  if ActiveLanguage = 'arabic' then
    Result := 'ar'
  else if ActiveLanguage = 'english' then
    Result := 'en'
  else
    Result := 'fr';
end;

{ Written on a first install, or when IT gives an option again; an update without options
  keeps the file as it is. UTF-8, so that a folder named in Arabic or with accents survives. }
procedure WriteConfig();
var
  Lines: TArrayOfString;
  Count: Integer;
  Dir, Server: String;
begin
  Dir := DataDir('');
  Server := ExpandConstant('{param:SERVER|}');
  if FileExists(ConfigFile()) and (ExpandConstant('{param:DATADIR|}') = '') and (Server = '')
     and (ExpandConstant('{param:LANG|}') = '') then
    exit;
  SetArrayLength(Lines, 5);
  Lines[0] := '[Counsellor]';
  Count := 1;
  if IsAdminInstallMode then
    Lines[Count] := 'mode=allusers'
  else
    Lines[Count] := 'mode=currentuser';
  Count := Count + 1;
  if Dir <> '' then
  begin
    Lines[Count] := 'data_dir=' + Dir;
    Count := Count + 1;
  end;
  if Server <> '' then
  begin
    Lines[Count] := 'server=' + Server;
    Count := Count + 1;
  end;
  if ExpandConstant('{param:LANG|}') <> '' then
  begin
    Lines[Count] := 'language=' + AppLanguage();
    Count := Count + 1;
  end;
  SetArrayLength(Lines, Count);
  ForceDirectories(ExtractFileDir(ConfigFile()));
  if not SaveStringsToUTF8File(ConfigFile(), Lines, False) then
    Log('counsellor.ini could not be written: ' + ConfigFile());
end;

{ The shared folder: no rights inherited from ProgramData (where every user may read); full
  control for the system and administrators, modify for the PC's users, nothing for others. }
procedure RestrictDataFolder();
var
  Code: Integer;
begin
  if not Exec(ExpandConstant('{sys}\icacls.exe'),
      '"' + DataDir('') + '" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)M',
      '', SW_HIDE, ewWaitUntilTerminated, Code) or (Code <> 0) then
    Log('icacls could not restrict the data folder (code ' + IntToStr(Code) + ')');
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    WriteConfig();
    if IsAdminInstallMode then
      RestrictDataFolder();
  end;
end;
