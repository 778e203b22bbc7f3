/**
 * Mail leaves through the outbox: a row written in the same transaction as the change that
 * causes it (an invitation, a password reset), then delivered by SMTP when a mail server is
 * configured. Without one the outbox is where admins read what would have been sent.
 */
import nodemailer from 'nodemailer';
import type { Prisma, PrismaClient } from '@patuh/db';
import type { Logger } from '../logger.js';

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

export async function queueMail(tx: Pick<Prisma.TransactionClient, 'outboxMail'>, mail: Mail): Promise<void> {
  await tx.outboxMail.create({ data: mail });
}

export interface MailDelivery {
  /** Sends what waits in the outbox; a no-op without a mail server. Never throws. */
  flush(): Promise<void>;
}

export function createMailDelivery(prisma: PrismaClient, smtpUrl: string | undefined, from: string, log: Logger): MailDelivery {
  if (!smtpUrl) return { flush: async () => {} };
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async flush() {
      const pending = await prisma.outboxMail.findMany({ where: { sentAt: null }, orderBy: { createdAt: 'asc' }, take: 50 });
      for (const mail of pending) {
        // Claim the row first, so two instances never send the same mail twice.
        const claimed = await prisma.outboxMail.updateMany({ where: { id: mail.id, sentAt: null }, data: { sentAt: new Date() } });
        if (claimed.count === 0) continue;
        try {
          await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.body });
        } catch (err) {
          await prisma.outboxMail.update({ where: { id: mail.id }, data: { sentAt: null } });
          log.warn({ err, mailId: mail.id }, 'mail delivery failed; it stays in the outbox');
        }
      }
    },
  };
}
