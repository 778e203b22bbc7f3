import { defineMessages } from '@patuh/ui';

/** Improvement points' priorities, 1 (most urgent) to 3. */
export const priorityMessages = defineMessages(
  { p1: 'Mendesak', p2: 'Penting', p3: 'Disarankan' },
  { p1: 'Urgent', p2: 'Important', p3: 'Advisable' },
);

export const priorityKey = (priority: number) => (priority <= 1 ? 'p1' : priority === 2 ? 'p2' : 'p3') as 'p1' | 'p2' | 'p3';
