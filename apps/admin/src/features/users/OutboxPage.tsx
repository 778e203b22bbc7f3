import { useQuery } from '@apollo/client/react';
import { AdminOutboxDocument } from '@patuh/graphql';
import { defineMessages, EmptyState, ErrorState, LoadingState, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import { Fragment } from 'react';
import { formatDateTime } from '../../components/format';
import { Pagination, useCursorPage } from '../../components/Pagination';

const PAGE_SIZE = 20;

const messages = defineMessages(
  {
    documentTitle: 'Kotak keluar — Patuh Admin',
    heading: 'Kotak keluar',
    intro: 'E-mel yang dikirim platform, yang terbaru dahulu. Bila server e-mel belum dipasang, undangan dan tautan atur ulang kata sandi dibaca di sini lalu diteruskan kepada penerimanya.',
    to: 'Kepada',
    created: 'Dibuat',
    sent: 'Terkirim',
    waiting: 'Belum terkirim',
    empty: 'Belum ada e-mel.',
  },
  {
    documentTitle: 'Outbox — Patuh Admin',
    heading: 'Outbox',
    intro: 'Mail the platform sends, the latest first. When no mail server is set up, invitations and password reset links are read here and passed on to the people they are for.',
    to: 'To',
    created: 'Created',
    sent: 'Sent',
    waiting: 'Not sent yet',
    empty: 'No mail yet.',
  },
);

/** Web addresses in a mail body become links; everything else stays plain text. */
function MailBody({ body }: { body: string }) {
  const parts = body.split(/(https?:\/\/[^\s]+)/g);
  return (
    <p className="mail__body">
      {parts.map((part, index) => (
        <Fragment key={index}>{/^https?:\/\//.test(part) ? <a href={part}>{part}</a> : part}</Fragment>
      ))}
    </p>
  );
}

export function OutboxPage() {
  const t = useT(messages);
  const { locale } = useLocale();
  useDocumentTitle(t('documentTitle'));
  const { after } = useCursorPage();
  // Mail is written by other actions (an invitation a moment ago): always ask the server again.
  const { data, previousData, loading, refetch } = useQuery(AdminOutboxDocument, { variables: { first: PAGE_SIZE, after }, fetchPolicy: 'cache-and-network' });
  // Turning a page keeps the mail shown so far until the next page arrives.
  const outbox = (data ?? previousData)?.outbox;
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      {outbox ? (
        outbox.nodes.length === 0 ? (
          <EmptyState>
            <p>{t('empty')}</p>
          </EmptyState>
        ) : (
          <>
            <ol className="mail-list">
              {outbox.nodes.map((mail) => (
                <li key={mail.id}>
                  <article className="mail" aria-labelledby={`mail-${mail.id}`}>
                    <h2 className="mail__subject" id={`mail-${mail.id}`}>
                      {mail.subject}
                    </h2>
                    <dl className="mail__meta">
                      <div>
                        <dt>{t('to')}</dt>
                        <dd>{mail.to}</dd>
                      </div>
                      <div>
                        <dt>{t('created')}</dt>
                        <dd>{formatDateTime(mail.createdAt, locale)}</dd>
                      </div>
                      <div>
                        <dt>{t('sent')}</dt>
                        <dd>{mail.sentAt ? formatDateTime(mail.sentAt, locale) : t('waiting')}</dd>
                      </div>
                    </dl>
                    <MailBody body={mail.body} />
                  </article>
                </li>
              ))}
            </ol>
            <Pagination
              pageSize={PAGE_SIZE}
              shown={outbox.nodes.length}
              totalCount={outbox.totalCount}
              hasNextPage={outbox.pageInfo.hasNextPage}
              endCursor={outbox.pageInfo.endCursor}
            />
          </>
        )
      ) : loading ? (
        <LoadingState />
      ) : (
        <ErrorState onRetry={() => void refetch().catch(() => undefined)} />
      )}
    </>
  );
}
