import { defineMessages } from '@patuh/ui';

export const priorities = [1, 2, 3] as const;

export const priorityMessages = defineMessages(
  { p1: 'Mendesak', p2: 'Penting', p3: 'Disarankan' },
  { p1: 'Urgent', p2: 'Important', p3: 'Advisable' },
);

export const priorityKey = (priority: number) => (priority <= 1 ? 'p1' : priority === 2 ? 'p2' : 'p3');
