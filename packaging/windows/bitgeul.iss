; Inno Setup script for 빛글 (Bitgeul). Compiled by packaging/build.py on Windows:
;
;   iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 /DBundleDir=dist\bitgeul ^
;        /DOutputDir=dist /DOutputBase=Bitgeul-0.1.0-windows-x64-setup packaging\windows\bitgeul.iss
;
; Per-user install without administrator rights by default ({autopf} is then
; %LOCALAPPDATA%\Programs); the first page lets the user choose an all-users install instead,
; which asks for elevation. Silent installs: /VERYSILENT /CURRENTUSER (or /ALLUSERS) /DIR="...".
; This file is UTF-8 with a byte-order mark: Inno Setup 6 needs the BOM to read the Hangul.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric "0.0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\bitgeul"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputBase
  #define OutputBase "Bitgeul-" + AppVersion + "-windows-x64-setup"
#endif
#define AppExe "bitgeul.exe"

; Korean wizard texts: Inno Setup's official Korean.isl when this Inno Setup ships it (recent
; 6.x releases do); otherwise English plus our own Korean overrides for the main pages.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")
  #define KoreanMessages "compiler:Languages\Korean.isl"
#else
  #define KoreanMessages "compiler:Default.isl,Korean-fallback.isl"
#endif

[Setup]
; A fixed id: a newer version installs over an older one and there is one uninstaller entry.
AppId={{6B1B3F0E-0C1B-4C5E-9B51-3E7C1F4A2D11}
AppName=빛글 (Bitgeul)
AppVersion={#AppVersion}
AppVerName=빛글 (Bitgeul) {#AppVersion}
AppPublisher=Bitgeul
AppCopyright=© Bitgeul contributors
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName=빛글 (Bitgeul)
VersionInfoDescription=빛글 (Bitgeul) Setup
DefaultDirName={autopf}\Bitgeul
DefaultGroupName=빛글
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsedUserAreasWarning=no
#if Ver >= EncodeVer(6, 3, 0)
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
#else
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
#endif
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBase}
SetupIconFile=..\icons\bitgeul.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=빛글 (Bitgeul)
WizardStyle=modern
; The Kiwi model is most of the payload; lzma2 at the default level is a good size/speed trade.
Compression=lzma2
SolidCompression=yes
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "korean"; MessagesFile: "{#KoreanMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
korean.AppComment=한국어 정책 뉴스 주석 작업대
english.AppComment=Korean policy news annotation workbench

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A new version brings its own libraries: never leave an older version's files mixed in.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\빛글"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\빛글"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,빛글}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Whatever the app may have written next to itself. The user's projects live in the user data
; folder (platformdirs), never in {app}, and are kept.
Type: filesandordirs; Name: "{app}\_internal"
