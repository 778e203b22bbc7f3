import type { AssessmentDetailFragment } from '@patuh/graphql';
import { defineMessages, useLocale, useT } from '@patuh/ui';
import { formatDateTime } from '../../components/format';
import './assessments.css';

type Comment = AssessmentDetailFragment['comments'][number];

export const commentKindMessages = defineMessages(
  { NOTE: 'Catatan', RETURN: 'Alasan pengembalian', VERIFY: 'Catatan verifikasi' },
  { NOTE: 'Note', RETURN: 'Reason for returning', VERIFY: 'Verification remark' },
);

const messages = defineMessages({ comments: 'Komentar' }, { comments: 'Comments' });

/** Reviewers' comments, oldest first, each with its kind, author and time. */
export function CommentList({ comments, label }: { comments: readonly Comment[]; label?: string }) {
  const t = useT(messages);
  const tKind = useT(commentKindMessages);
  const { locale } = useLocale();
  if (comments.length === 0) return null;
  return (
    <ul className="comment-list" aria-label={label ?? t('comments')}>
      {comments.map((comment) => (
        <li key={comment.id} className={`comment comment--${comment.kind.toLowerCase()}`}>
          <p className="comment__meta">
            <strong>{tKind(comment.kind)}</strong> · {comment.author.name} · {formatDateTime(comment.createdAt, locale)}
          </p>
          <p className="comment__body">{comment.body}</p>
        </li>
      ))}
    </ul>
  );
}
