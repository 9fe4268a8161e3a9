; RefugeDesk's Windows installer (Inno Setup 6.3 or newer).
;
; Do not run this by hand: build.cmd builds the program first, checks it with --self-test and
; then calls  ISCC /DAppVersion=<version> refugedesk.iss  with the version read from
; refugedesk/__init__.py (the one place the version is written). See BUILDING.md.
;
; The result is dist\RefugeDesk-<version>-windows-x64-setup.exe: it installs for every user of
; the PC (into Program Files; needs an administrator), adds RefugeDesk to the Start menu, and
; its uninstaller removes the program only. Vaults and backups are never deleted: they are not
; in the program folder but in each person's own folder (AppData\Roaming\RefugeDesk\RefugeDesk)
; or wherever backups were saved, and the uninstaller says so.

#ifndef AppVersion
  #error Give the version: ISCC /DAppVersion=x.y.z refugedesk.iss (build.cmd does this for you)
#endif

#define AppName "RefugeDesk"
#define Root "..\.."
#define Bundle Root + "\dist\RefugeDesk"

[Setup]
; The AppId ties every version together, so a new version installs over the old one. Never change it.
AppId={{6F1E2C4B-3A57-4D8E-9B0C-52A7D41E8F36}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=RefugeDesk
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per-machine: one copy in Program Files for everyone who signs in to this PC.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=RefugeDesk-{#AppVersion}-windows-x64-setup
; Drawn from resources\icon.svg by installer\icons.py during the PyInstaller build.
SetupIconFile={#Root}\build\icons\refugedesk.ico
UninstallDisplayIcon={app}\RefugeDesk.exe
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Ask a running RefugeDesk to close before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Messages]
ConfirmUninstall=This removes the %1 program from this PC.%n%nYour vaults and backups will NOT be deleted. Each person's vault stays in their own folder (AppData\Roaming\RefugeDesk\RefugeDesk), and backups stay wherever they were saved. Installing RefugeDesk again opens them as before.%n%nRemove the %1 program now?
UninstalledAll=The %1 program was removed from this PC.%n%nYour vaults and backups were left in place, untouched. To get rid of them as well, delete them yourself (and remember any backup copies kept elsewhere).
UninstalledMost=The %1 program was removed from this PC. Some of its files could not be removed; you can delete the folder %1 in Program Files yourself.%n%nYour vaults and backups were left in place, untouched.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the program's files completely, so nothing of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\RefugeDesk.exe"; Comment: "Bed capacity, resident records and shift handover"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\RefugeDesk.exe"; Tasks: desktopicon

[Run]
; runasoriginaluser: started as the person who ran Setup, not as the administrator whose
; password Setup asked for, so her vault is set up in her own folder.
Filename: "{app}\RefugeDesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallDelete]
; Only the program folder: anything RefugeDesk itself wrote inside it (e.g. Python caches).
Type: filesandordirs; Name: "{app}\_internal"

[Code]
// After copying, run the program's own self-test (it needs no window). If it fails, say so
// rather than leave a PC with a copy that will not open a vault.
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    WizardForm.StatusLabel.Caption := 'Checking that RefugeDesk works on this PC...';
    if not Exec(ExpandConstant('{app}\refugedesk-cli.exe'), '--self-test', '', SW_HIDE,
                ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
      SuppressibleMsgBox('RefugeDesk was installed, but its self-test did not pass on this PC.' + #13#10#13#10 +
        'To see why, open a Command Prompt and run:' + #13#10 +
        '    "' + ExpandConstant('{app}') + '\refugedesk-cli.exe" --self-test' + #13#10#13#10 +
        'and send the lines it prints to whoever supports RefugeDesk for you.',
        mbError, MB_OK, IDOK);
  end;
end;
