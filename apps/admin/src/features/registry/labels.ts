import type { InstitutionType, UnitKind } from '@patuh/graphql';
import { defineMessages } from '@patuh/ui';

export const institutionTypes: readonly InstitutionType[] = ['KEMENTERIAN', 'LEMBAGA', 'PROVINSI', 'KABUPATEN', 'KOTA'];

export const institutionTypeMessages = defineMessages(
  { KEMENTERIAN: 'Kementerian', LEMBAGA: 'Lembaga', PROVINSI: 'Pemerintah provinsi', KABUPATEN: 'Pemerintah kabupaten', KOTA: 'Pemerintah kota' },
  { KEMENTERIAN: 'Ministry', LEMBAGA: 'Agency', PROVINSI: 'Provincial government', KABUPATEN: 'Regency government', KOTA: 'City government' },
);

/** Regional governments belong to a province and carry an official code; ministries and agencies do not. */
export const isRegional = (type: InstitutionType) => type === 'PROVINSI' || type === 'KABUPATEN' || type === 'KOTA';

export const unitKinds: readonly UnitKind[] = ['DPMPTSP', 'DUKCAPIL', 'DINSOS', 'DINDIK', 'DINKES', 'PUSKESMAS', 'RSUD', 'POLRES', 'KANTAH', 'OTHER'];

export const unitKindMessages = defineMessages(
  {
    DPMPTSP: 'DPMPTSP (perizinan terpadu)',
    DUKCAPIL: 'Disdukcapil (kependudukan dan pencatatan sipil)',
    DINSOS: 'Dinas Sosial',
    DINDIK: 'Dinas Pendidikan',
    DINKES: 'Dinas Kesehatan',
    PUSKESMAS: 'Puskesmas',
    RSUD: 'RSUD (rumah sakit daerah)',
    POLRES: 'Polres',
    KANTAH: 'Kantor Pertanahan',
    OTHER: 'Unit layanan lain',
  },
  {
    DPMPTSP: 'DPMPTSP (one-stop licensing)',
    DUKCAPIL: 'Disdukcapil (civil registry)',
    DINSOS: 'Social affairs office',
    DINDIK: 'Education office',
    DINKES: 'Health office',
    PUSKESMAS: 'Community health centre',
    RSUD: 'Regional hospital (RSUD)',
    POLRES: 'Police resort (Polres)',
    KANTAH: 'Land office (Kantah)',
    OTHER: 'Other service unit',
  },
);
