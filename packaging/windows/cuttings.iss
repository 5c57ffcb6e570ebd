; Inno Setup script: a per-user installer for the PyInstaller one-folder bundle.
;
;   python packaging\build.py
;   iscc /DAppVersion=0.1.0 packaging\windows\cuttings.iss
;     -> dist\Cuttings-0.1.0-setup.exe
;
; AppVersion is passed on the command line (CI reads it with `python packaging/build_info.py`)
; so the package's __version__ stays the only place it is written.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z cuttings.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\cuttings"
#endif

#define AppName "Cuttings"
#define AppExe "cuttings-gui.exe"

[Setup]
; Never change the AppId: Windows uses it to recognise upgrades of the same app.
AppId={{AD3AB57B-74C9-4605-BBF5-F4C1947F2993}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Cuttings developers
VersionInfoVersion={#AppVersion}
; Per-user: no administrator rights, installed under %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\resources\icons\cuttings.ico
OutputDir=..\..\dist
OutputBaseFilename=Cuttings-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes
; The installer speaks the system's language; it asks only when none of ours matches.
ShowLanguageDialog=auto

[Languages]
; The window's languages (app/cuttings/ui/i18n.py); Inno Setup 6 ships these message files.
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; PyInstaller's bundle is replaced whole on upgrade; the user's library lives elsewhere
; (platformdirs' user data folder) and is never touched.
Type: filesandordirs; Name: "{app}\_internal"
