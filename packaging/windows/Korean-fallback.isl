; Korean wizard texts for Inno Setup versions that do not ship Languages\Korean.isl.
; Loaded after compiler:Default.isl (see bitgeul.iss), so any message not translated here falls
; back to English. Only message names that every Inno Setup 6 release knows are used here (the
; install-mode dialog's names changed between 6.0 and 6.1, so it stays English). Written for
; Bitgeul; UTF-8 with a byte-order mark.

[LangOptions]
LanguageName=한국어
LanguageID=$0412
LanguageCodePage=0

[Messages]
SetupAppTitle=설치
SetupWindowTitle=설치 - %1
UninstallAppTitle=제거
UninstallAppFullTitle=%1 제거
ExitSetupTitle=설치 종료
ExitSetupMessage=설치가 끝나지 않았습니다. 지금 끝내면 프로그램이 설치되지 않습니다.%n%n나중에 설치 프로그램을 다시 실행하면 설치를 마칠 수 있습니다.%n%n설치를 끝낼까요?
ButtonBack=< 뒤로(&B)
ButtonNext=다음(&N) >
ButtonInstall=설치(&I)
ButtonOK=확인
ButtonCancel=취소
ButtonYes=예(&Y)
ButtonYesToAll=모두 예(&A)
ButtonNo=아니요(&N)
ButtonNoToAll=모두 아니요(&O)
ButtonFinish=마침(&F)
ButtonBrowse=찾아보기(&R)...
ButtonWizardBrowse=찾아보기(&R)...
ButtonNewFolder=새 폴더 만들기(&M)
SelectLanguageTitle=설치 언어 선택
SelectLanguageLabel=설치하는 동안 사용할 언어를 고르세요.
WelcomeLabel1=[name] 설치 마법사
WelcomeLabel2=이 컴퓨터에 [name/ver]을(를) 설치합니다.%n%n설치하기 전에 다른 프로그램을 모두 닫는 것이 좋습니다.
WizardSelectDir=설치할 폴더 선택
SelectDirDesc=[name]을(를) 어디에 설치할까요?
SelectDirLabel3=[name]을(를) 다음 폴더에 설치합니다.
SelectDirBrowseLabel=계속하려면 [다음]을 누르세요. 다른 폴더를 고르려면 [찾아보기]를 누르세요.
DiskSpaceMBLabel=적어도 [mb] MB의 빈 디스크 공간이 필요합니다.
WizardSelectTasks=추가 작업 선택
SelectTasksDesc=어떤 작업을 함께 할까요?
SelectTasksLabel2=[name]을(를) 설치하면서 함께 할 작업을 고른 뒤 [다음]을 누르세요.
WizardReady=설치 준비 완료
ReadyLabel1=이제 [name]을(를) 이 컴퓨터에 설치합니다.
ReadyLabel2a=설치하려면 [설치]를 누르세요. 설정을 바꾸려면 [뒤로]를 누르세요.
ReadyLabel2b=설치하려면 [설치]를 누르세요.
ReadyMemoDir=설치 폴더:
ReadyMemoTasks=추가 작업:
WizardPreparing=설치 준비 중
WizardInstalling=설치 중
InstallingLabel=[name]을(를) 설치하는 동안 잠시 기다려 주세요.
FinishedHeadingLabel=[name] 설치 완료
FinishedLabelNoIcons=[name]을(를) 이 컴퓨터에 설치했습니다.
FinishedLabel=[name]을(를) 이 컴퓨터에 설치했습니다. 설치된 바로 가기로 실행할 수 있습니다.
ClickFinish=설치를 마치려면 [마침]을 누르세요.
StatusExtractFiles=파일 복사 중...
StatusCreateIcons=바로 가기 만드는 중...
StatusCreateRegistryEntries=레지스트리 항목 만드는 중...
StatusSavingUninstall=제거 정보 저장 중...
StatusRollback=변경 사항 되돌리는 중...
ConfirmUninstall=%1과(와) 그 구성 요소를 모두 제거할까요?
UninstallStatusLabel=%1을(를) 제거하는 동안 잠시 기다려 주세요.
UninstalledAll=%1을(를) 이 컴퓨터에서 제거했습니다.
UninstalledMost=%1 제거를 마쳤습니다.%n%n일부 항목은 제거하지 못했습니다. 직접 지워도 됩니다.
WizardUninstalling=제거 상태
StatusUninstalling=%1 제거 중...

[CustomMessages]
CreateDesktopIcon=바탕 화면에 바로 가기 만들기(&D)
AdditionalIcons=추가 바로 가기:
LaunchProgram=%1 실행
UninstallProgram=%1 제거
