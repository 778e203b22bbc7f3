import { useQuery } from '@apollo/client/react';
import { AdminAuditInstitutionNameDocument, AdminProvincesDocument } from '@patuh/graphql';
import { useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { ComboboxOption } from '../../components/Combobox';
import { InstitutionPicker } from '../../components/InstitutionPicker';
import { queryParams } from '../../routes/paths';

/**
 * A list's filters kept in the address (so a filtered view can be shared); changing one starts
 * the list again from its first page.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  // react-router hands an updater the address of the last render, not one still on its way, so
  // two changes in a row (a cycle chosen, then an action typed at once) would lose the first.
  // The address asked for last is kept until the router has moved on from the one it replaced.
  const pending = useRef<{ from: string; next: URLSearchParams } | null>(null);
  if (pending.current && pending.current.from !== searchParams.toString()) pending.current = null;
  const values = Object.fromEntries(keys.map((key) => [key, searchParams.get(key) ?? ''])) as Record<K, string>;
  const setFilter = (key: K, value: string) => {
    const next = new URLSearchParams(pending.current?.next ?? searchParams);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete(queryParams.after);
    pending.current = { from: searchParams.toString(), next };
    setSearchParams(next, { replace: true });
  };
  return { values, setFilter };
}

export function FilterSelect({
  id,
  label,
  value,
  onChange,
  allLabel,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  allLabel: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{allLabel}</option>
        {children}
      </select>
    </div>
  );
}

/** The provinces, for filters and forms, by official code. */
export function useProvinces() {
  const { data } = useQuery(AdminProvincesDocument);
  const provinces = data?.provinces ?? [];
  return { provinces, nameOf: (code: string | null | undefined) => (code ? (provinces.find((p) => p.code === code)?.name ?? code) : null) };
}

export function ProvinceFilter({ id, label, allLabel, value, onChange }: { id: string; label: string; allLabel: string; value: string; onChange: (code: string) => void }) {
  const { provinces } = useProvinces();
  return (
    <FilterSelect id={id} label={label} value={value} onChange={onChange} allLabel={allLabel}>
      {provinces.map((province) => (
        <option key={province.code} value={province.code}>
          {province.name}
        </option>
      ))}
    </FilterSelect>
  );
}

/** A body filter: the address holds its id, the field shows its name. */
export function InstitutionFilter({ label, id, onChange }: { label: string; id: string; onChange: (id: string) => void }) {
  const { data } = useQuery(AdminAuditInstitutionNameDocument, { variables: { id }, skip: !id });
  const [picked, setPicked] = useState<ComboboxOption | null>(null);
  const value = id ? (picked?.id === id ? picked : { id, label: data?.institution.name ?? id }) : null;
  return (
    <InstitutionPicker
      label={label}
      value={value}
      onChange={(option) => {
        setPicked(option);
        onChange(option?.id ?? '');
      }}
    />
  );
}
