import { useT } from '../i18n/locale';
import { defineMessages } from '../i18n/messages';

const messages = defineMessages({ skip: 'Langsung ke konten utama' }, { skip: 'Skip to main content' });

/** The first stop of the keyboard: past the header, straight to the page's content. */
export function SkipLink({ targetId = 'main' }: { targetId?: string }) {
  const t = useT(messages);
  return (
    <a className="skip-link" href={`#${targetId}`}>
      {t('skip')}
    </a>
  );
}
