import { useQuery } from '@apollo/client/react';
import { AdminInstitutionOptionsDocument } from '@patuh/graphql';
import { useState } from 'react';
import { Combobox, type ComboboxOption } from './Combobox';
import { useDebouncedValue } from './useDebouncedValue';

export interface InstitutionPickerProps {
  label: string;
  hint?: string;
  error?: string | null;
  value: ComboboxOption | null;
  onChange: (institution: ComboboxOption | null) => void;
}

/** Chooses an assessed body by part of its name or official code, searched on the server. */
export function InstitutionPicker({ label, hint, error, value, onChange }: InstitutionPickerProps) {
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim());
  const { data, loading } = useQuery(AdminInstitutionOptionsDocument, { variables: { search: settled, first: 10 }, skip: settled === '' });
  const options = settled === '' ? [] : (data?.institutions.nodes ?? []).map((institution) => ({
    id: institution.id,
    label: institution.name,
    detail: [institution.code, institution.province?.name].filter(Boolean).join(' · '),
  }));
  return (
    <Combobox
      label={label}
      hint={hint}
      error={error}
      value={value}
      onChange={onChange}
      options={options}
      loading={loading || search.trim() !== settled}
      onSearch={setSearch}
    />
  );
}
