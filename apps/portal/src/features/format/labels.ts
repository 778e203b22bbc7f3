import type { InstitutionType, UnitKind, Zone } from '@patuh/graphql';
import { defineMessages } from '@patuh/ui';

/** A body's kind, as a single body is called. */
export const institutionTypeMessages = defineMessages(
  {
    KEMENTERIAN: 'Kementerian',
    LEMBAGA: 'Lembaga',
    PROVINSI: 'Pemerintah provinsi',
    KABUPATEN: 'Pemerintah kabupaten',
    KOTA: 'Pemerintah kota',
  } satisfies Record<InstitutionType, string>,
  {
    KEMENTERIAN: 'Ministry',
    LEMBAGA: 'Agency',
    PROVINSI: 'Provincial government',
    KABUPATEN: 'Regency government',
    KOTA: 'City government',
  },
);

/** The kinds of bodies as groups, for filters and headings. */
export const institutionTypePluralMessages = defineMessages(
  {
    KEMENTERIAN: 'Kementerian',
    LEMBAGA: 'Lembaga',
    PROVINSI: 'Provinsi',
    KABUPATEN: 'Kabupaten',
    KOTA: 'Kota',
  } satisfies Record<InstitutionType, string>,
  {
    KEMENTERIAN: 'Ministries',
    LEMBAGA: 'Agencies',
    PROVINSI: 'Provinces',
    KABUPATEN: 'Regencies',
    KOTA: 'Cities',
  },
);

export const institutionTypes: readonly InstitutionType[] = ['KEMENTERIAN', 'LEMBAGA', 'PROVINSI', 'KABUPATEN', 'KOTA'];

export const zoneMessages = defineMessages(
  { HIJAU: 'Hijau', KUNING: 'Kuning', MERAH: 'Merah' } satisfies Record<Zone, string>,
  { HIJAU: 'Green', KUNING: 'Yellow', MERAH: 'Red' },
);

export const zones: readonly Zone[] = ['HIJAU', 'KUNING', 'MERAH'];

export const unitKindMessages = defineMessages(
  {
    DPMPTSP: 'Perizinan (DPMPTSP)',
    DUKCAPIL: 'Kependudukan (Disdukcapil)',
    DINSOS: 'Dinas Sosial',
    DINDIK: 'Dinas Pendidikan',
    DINKES: 'Dinas Kesehatan',
    PUSKESMAS: 'Puskesmas',
    RSUD: 'Rumah sakit daerah',
    POLRES: 'Polres',
    KANTAH: 'Kantor Pertanahan',
    OTHER: 'Unit layanan lain',
  } satisfies Record<UnitKind, string>,
  {
    DPMPTSP: 'Licensing (DPMPTSP)',
    DUKCAPIL: 'Civil registry (Disdukcapil)',
    DINSOS: 'Social affairs office',
    DINDIK: 'Education office',
    DINKES: 'Health office',
    PUSKESMAS: 'Health centre',
    RSUD: 'Regional hospital',
    POLRES: 'District police',
    KANTAH: 'Land office',
    OTHER: 'Other service unit',
  },
);
