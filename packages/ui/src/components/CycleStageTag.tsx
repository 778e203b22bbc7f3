import { useT } from '../i18n/locale';
import { defineMessages } from '../i18n/messages';

/**
 * The stages of a yearly cycle, in order. The names follow the API's `CycleStage`; passing the
 * generated type to these components makes a stage added to the API without a translation here
 * fail to compile in the apps.
 */
export const cycleStageMessages = defineMessages(
  {
    DRAFT: 'Draf',
    PREPARATION: 'Persiapan',
    COLLECTION: 'Pengumpulan data',
    VERIFICATION: 'Verifikasi',
    CLARIFICATION: 'Klarifikasi',
    DECISION: 'Penetapan',
    PUBLISHED: 'Dipublikasikan',
    ARCHIVED: 'Diarsipkan',
  },
  {
    DRAFT: 'Draft',
    PREPARATION: 'Preparation',
    COLLECTION: 'Data collection',
    VERIFICATION: 'Verification',
    CLARIFICATION: 'Clarification',
    DECISION: 'Decision',
    PUBLISHED: 'Published',
    ARCHIVED: 'Archived',
  },
);

export type CycleStageName = keyof typeof cycleStageMessages.id;

export function CycleStageTag({ stage }: { stage: CycleStageName }) {
  const t = useT(cycleStageMessages);
  return <span className={`tag cycle-stage cycle-stage--${stage.toLowerCase()}`}>{t(stage)}</span>;
}

const syntheticMessages = defineMessages({ synthetic: 'Sintetis' }, { synthetic: 'Synthetic' });

/** Marks a cycle whose every figure is demo data. */
export function SyntheticMarker() {
  const t = useT(syntheticMessages);
  return <span className="tag tag--synthetic">{t('synthetic')}</span>;
}
