import type { SafetyScope } from '../../../shared/ipc/routineChannels';
import type { Routine } from '../../../shared/routines/model';
import type { Settings } from '../../../shared/settings/schema';

type Acknowledgements = Pick<Settings, 'safetyAcknowledgedAt' | 'partnerSafetyAcknowledgedAt'>;

/**
 * The safety acknowledgement a routine still needs before it may start, or
 * null. Every routine needs the general one; partner traction needs the
 * partner checks as well, asked after the general list.
 */
export function missingAcknowledgement(
  acks: Acknowledgements,
  routine: Pick<Routine, 'requiresPartnerConsent'>,
): SafetyScope | null {
  if (acks.safetyAcknowledgedAt === null) return 'general';
  if (routine.requiresPartnerConsent && acks.partnerSafetyAcknowledgedAt === null) return 'partner';
  return null;
}

/** The settings field that stores an acknowledgement of `scope`. */
export function acknowledgementField(
  scope: SafetyScope,
): 'safetyAcknowledgedAt' | 'partnerSafetyAcknowledgedAt' {
  return scope === 'general' ? 'safetyAcknowledgedAt' : 'partnerSafetyAcknowledgedAt';
}
