import { CaseSignalsSection } from '../signals/CaseSignalsSection.js';
import { ConsentSection } from './ConsentSection.js';
import { CoordinationSection } from './CoordinationSection.js';

/**
 * Issue 12, items 5-8 on the case page, loaded apart from it: working together, the 7 B's and
 * signals, consent and the family's data.
 */
export default function CaseCoordinationParts({ caseId, hasConsent, onConsentChanged }: { caseId: string; hasConsent: boolean; onConsentChanged: () => void }) {
  return (
    <>
      {hasConsent ? <CoordinationSection caseId={caseId} /> : null}
      {hasConsent ? <CaseSignalsSection caseId={caseId} /> : null}
      <ConsentSection caseId={caseId} onChanged={onConsentChanged} />
    </>
  );
}
