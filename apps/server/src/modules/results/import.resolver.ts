import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { parseInput } from '../../validation.js';
import { importPublishedResults } from './import.service.js';
import { ImportPublishedResultsInput, ResultsImportReport } from './import.type.js';

/** The API takes 1 MB per request; a national year with its units is about a third of that. */
const MAX_CSV_CHARACTERS = 1_000_000;

const importSchema = z.object({
  cycleYear: z.number().int().min(2000).max(new Date().getFullYear()),
  csv: z.string().min(1).max(MAX_CSV_CHARACTERS),
  dryRun: z.boolean(),
  reason: z
    .string()
    .trim()
    .min(10)
    .max(2000)
    .nullish()
    .transform((v) => v ?? null),
});

@Resolver()
export class ResultsImportResolver {
  @Mutation(() => ResultsImportReport, {
    description:
      'Imports the officially published results of a past year (no indicator detail), creating its cycle with the method of its ' +
      'year if needed. A dry run reports every bad row and writes nothing; otherwise the whole file is written, or nothing.',
  })
  @Access('ADMIN')
  importPublishedResults(
    @Arg('input', () => ImportPublishedResultsInput) input: ImportPublishedResultsInput,
    @Ctx() ctx: Context,
  ): Promise<ResultsImportReport> {
    return importPublishedResults(ctx, parseInput(importSchema, input, 'input'));
  }
}
