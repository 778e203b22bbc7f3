/** Input rules shared by the assessment, clarification and evidence boundaries (zod). */
import { z } from 'zod';

export const idSchema = z.uuid({ message: 'must be an id' });
export const versionSchema = z.number().int().min(1, 'must be a version number (1 or more)');
export const indicatorCodeSchema = z.string().trim().min(1).max(50);
/** Free text written to people: trimmed, never blank. */
export const textSchema = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
/** Optional free text: blank means none. */
export const optionalTextSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);
