; Included by electron-builder's NSIS installer (buildResources/installer.nsh).
; Registers decompress:// links for the current user (the install is per-user),
; the way Electron's app.setAsDefaultProtocolClient would, and removes the key
; on uninstall. Nothing may follow "%1": Electron refuses to start when
; arguments follow a URL, which stops a link from smuggling in switches.
!macro customInstall
  WriteRegStr HKCU "Software\Classes\decompress" "" "URL:Decompress link"
  WriteRegStr HKCU "Software\Classes\decompress" "URL Protocol" ""
  WriteRegStr HKCU "Software\Classes\decompress\DefaultIcon" "" "$INSTDIR\${APP_EXECUTABLE_FILENAME},0"
  WriteRegStr HKCU "Software\Classes\decompress\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
!macroend

!macro customUnInstall
  DeleteRegKey HKCU "Software\Classes\decompress"
!macroend
