import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { IMPORT_HEADER, importRegistry, MAX_IMPORT_ROWS } from './registry-import.service.js';
import { RegistryImportReport } from './registry-import.type.js';

/** The format, for the API's readers; registry-import.service.ts explains the rules behind it. */
const FORMAT = `Loads bodies and units from CSV (UTF-8, RFC 4180: quoted fields may hold commas, line breaks and doubled quotes; at most ${MAX_IMPORT_ROWS} rows and 1 MB).
Header, in this order: ${IMPORT_HEADER.join(',')}
- kind "institution": institution_name, institution_type (KEMENTERIAN, LEMBAGA, PROVINSI, KABUPATEN, KOTA), and for a regional government province_code and institution_code ("36", "36.74"); unit columns empty. Matched by code, else by type and name.
- kind "unit": its body by institution_code or, without a code, by institution_type and institution_name (existing, or created by the same file); unit_name and unit_kind (a UnitKind). Matched within its body by name.
Every row is checked first. dryRun true only reports. dryRun false writes nothing if any row has an error (BAD_USER_INPUT with the report in extensions.report); otherwise writes everything in one transaction, with one audit event per created or updated row. Nothing is deactivated or deleted.`;

@Resolver()
export class RegistryImportResolver {
  @Mutation(() => RegistryImportReport, { description: FORMAT })
  @Access('ADMIN')
  importRegistry(@Arg('csv', () => String) csv: string, @Arg('dryRun', () => Boolean) dryRun: boolean, @Ctx() ctx: Context): Promise<RegistryImportReport> {
    return importRegistry(ctx, csv, dryRun);
  }
}
