import { useMutation, useQuery } from '@apollo/client/react';
import { CreateServiceProductDocument, CyclesDocument, DeleteServiceProductDocument, RegistryServiceProductsDocument, type RegistryUnitFieldsFragment } from '@patuh/graphql';
import { ConfirmDialog, defineMessages, EmptyState, LoadingState, useT } from '@patuh/ui';
import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { readApiError } from '../../api/errors';
import { ApiErrorMessage, useApiErrorText } from '../../components/ApiErrorMessage';
import { Field } from '../../components/Field';
import { queryParams } from '../../routes/paths';

const messages = defineMessages(
  {
    heading: 'Produk layanan',
    intro: 'Layanan yang diamati pada suatu siklus untuk setiap unit, misalnya penerbitan KTP-el. Produk dapat ditambah atau dihapus sampai tahap pengumpulan data.',
    cycle: 'Siklus',
    unit: 'Unit',
    list: 'Produk layanan {unit} pada siklus {year}',
    none: 'Belum ada produk layanan untuk unit ini pada siklus ini.',
    name: 'Nama produk layanan',
    add: 'Tambah produk',
    nameRequired: 'Isi nama produk layanan.',
    delete: 'Hapus',
    deleteTitle: 'Hapus produk layanan {name}?',
    deleteBody: '{name} tidak lagi diamati untuk {unit} pada siklus {year}.',
    confirmDelete: 'Ya, hapus',
  },
  {
    heading: 'Service products',
    intro: 'The services observed in a cycle for each unit, for example issuing electronic ID cards. Products can be added or removed until data collection.',
    cycle: 'Cycle',
    unit: 'Unit',
    list: 'Service products of {unit} in cycle {year}',
    none: 'No service product for this unit in this cycle yet.',
    name: 'Service product name',
    add: 'Add the product',
    nameRequired: 'Enter the service product name.',
    delete: 'Delete',
    deleteTitle: 'Delete the service product {name}?',
    deleteBody: '{name} is no longer observed for {unit} in cycle {year}.',
    confirmDelete: 'Yes, delete it',
  },
);

/** A unit's service products in a cycle (the cycle in the address, `?siklus=`), with adding and deleting them. */
export function ServiceProducts({ units, manages }: { units: readonly RegistryUnitFieldsFragment[]; manages: boolean }) {
  const t = useT(messages);
  const errorText = useApiErrorText();
  const [searchParams, setSearchParams] = useSearchParams();
  const cycles = useQuery(CyclesDocument);
  const cycleId = searchParams.get(queryParams.cycle) ?? cycles.data?.cycles[0]?.id ?? '';
  const cycle = cycles.data?.cycles.find((item) => item.id === cycleId);
  const [unitId, setUnitId] = useState(units[0]?.id ?? '');
  const unit = units.find((item) => item.id === unitId);
  const products = useQuery(RegistryServiceProductsDocument, { variables: { cycleId, unitId }, skip: !cycleId || !unitId });
  const [create, creating] = useMutation(CreateServiceProductDocument, { refetchQueries: ['RegistryServiceProducts'] });
  const [remove, removing] = useMutation(DeleteServiceProductDocument, { refetchQueries: ['RegistryServiceProducts'] });
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  if (units.length === 0) return null;
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(t('nameRequired'));
      nameRef.current?.focus();
      return;
    }
    setNameError(null);
    try {
      await create({ variables: { input: { cycleId, unitId, name: name.trim() } } });
      setName('');
    } catch (error) {
      setNameError(errorText(readApiError(error)));
      nameRef.current?.focus();
    }
  };

  return (
    <section className="page-section" aria-labelledby="products-heading">
      <h2 id="products-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <div className="field-row">
        <div className="field">
          <label className="field__label" htmlFor="products-cycle">
            {t('cycle')}
          </label>
          <select
            id="products-cycle"
            value={cycleId}
            onChange={(event) =>
              setSearchParams(
                (current) => {
                  const next = new URLSearchParams(current);
                  next.set(queryParams.cycle, event.target.value);
                  return next;
                },
                { replace: true },
              )
            }
          >
            {(cycles.data?.cycles ?? []).map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--grow">
          <label className="field__label" htmlFor="products-unit">
            {t('unit')}
          </label>
          <select id="products-unit" value={unitId} onChange={(event) => setUnitId(event.target.value)}>
            {units.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {products.data && unit && cycle ? (
        products.data.serviceProducts.length === 0 ? (
          <EmptyState>
            <p>{t('none')}</p>
          </EmptyState>
        ) : (
          <ul className="product-list" aria-label={t('list', { unit: unit.name, year: cycle.year })}>
            {products.data.serviceProducts.map((product) => (
              <li key={product.id}>
                <span>{product.name}</span>
                {manages ? (
                  <button type="button" className="button button--secondary button--small" onClick={() => setDeleting(product)}>
                    {t('delete')}
                    <span className="visually-hidden"> — {product.name}</span>
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )
      ) : products.loading || cycles.loading ? (
        <LoadingState />
      ) : null}
      {manages && unit && cycle ? (
        <form className="form narrow-page" onSubmit={(event) => void add(event)} noValidate>
          <Field label={t('name')} error={nameError}>
            {(control) => <input {...control} ref={nameRef} autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />}
          </Field>
          <div className="button-row">
            <button type="submit" className="button button--secondary" disabled={creating.loading}>
              {t('add')}
            </button>
          </div>
        </form>
      ) : null}
      {deleting && unit && cycle ? (
        <ConfirmDialog
          title={t('deleteTitle', { name: deleting.name })}
          confirmLabel={t('confirmDelete')}
          tone="danger"
          busy={removing.loading}
          error={removing.error ? <ApiErrorMessage error={removing.error} /> : null}
          onCancel={() => setDeleting(null)}
          onConfirm={() =>
            void remove({ variables: { id: deleting.id } })
              .then(() => setDeleting(null))
              .catch(() => undefined)
          }
        >
          <p>{t('deleteBody', { name: deleting.name, unit: unit.name, year: cycle.year })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
