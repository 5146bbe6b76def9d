/*
 * Stand-ins for the two Windows functions the shell state probe calls, with
 * their Windows signatures, built by the tests into two Linux shared
 * libraries (shell32's and ntdll's, see standInShellLibraries.ts). The real
 * shell32.dll and ntdll.dll exist only on Windows; these let the probe run
 * through the real koffi on Linux. What they answer is set by the test.
 */
#include <stdint.h>
#include <string.h>

#ifdef STANDIN_SHELL32
static int32_t quns_hresult = 0;
static int32_t quns_state = 5; /* QUNS_ACCEPTS_NOTIFICATIONS */

void standin_set_notification_state(int32_t hresult, int32_t state) {
  quns_hresult = hresult;
  quns_state = state;
}

/* HRESULT SHQueryUserNotificationState(QUERY_USER_NOTIFICATION_STATE *pquns) */
int32_t SHQueryUserNotificationState(int32_t *pquns) {
  if (quns_hresult < 0) return quns_hresult;
  *pquns = quns_state;
  return quns_hresult;
}
#endif

#ifdef STANDIN_NTDLL
#define STATUS_BUFFER_TOO_SMALL ((int32_t)0xC0000023)
#define STATUS_OBJECT_NAME_NOT_FOUND ((int32_t)0xC0000034)
/* WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED */
static const uint64_t quiet_hours_profile = 0x0d83063ea3bf1c75ULL;
static int32_t wnf_status = 0;
static uint32_t wnf_profile = 0;
static uint32_t wnf_stamp = 0;

void standin_set_focus_assist(int32_t ntstatus, uint32_t profile) {
  wnf_status = ntstatus;
  wnf_profile = profile;
  wnf_stamp++;
}

/*
 * NTSTATUS NtQueryWnfStateData(PCWNF_STATE_NAME StateName, PCWNF_TYPE_ID TypeId,
 *   const VOID *ExplicitScope, PWNF_CHANGE_STAMP ChangeStamp, PVOID Buffer,
 *   PULONG BufferSize). Like the real one, it knows only the state names it
 * publishes and refuses a buffer too small for the data.
 */
int32_t NtQueryWnfStateData(const uint64_t *state_name, const void *type_id,
                            const void *explicit_scope, uint32_t *change_stamp,
                            void *buffer, uint32_t *buffer_size) {
  (void)type_id;
  (void)explicit_scope;
  if (state_name == 0 || *state_name != quiet_hours_profile) return STATUS_OBJECT_NAME_NOT_FOUND;
  if (wnf_status < 0) return wnf_status;
  if (*buffer_size < sizeof wnf_profile) {
    *buffer_size = sizeof wnf_profile;
    return STATUS_BUFFER_TOO_SMALL;
  }
  memcpy(buffer, &wnf_profile, sizeof wnf_profile);
  *buffer_size = sizeof wnf_profile;
  *change_stamp = wnf_stamp;
  return wnf_status;
}
#endif
