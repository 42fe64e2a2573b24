import { useTranslation } from 'react-i18next';
import type { TImportResult } from '../../../shared/schemas/import';
import { MAX_CODES } from './import-model';

/** The problems of a file, each at its cell. */
export function Issues({
  id,
  heading,
  caption,
  messageHeader,
  issues,
}: {
  id: string;
  heading: string;
  caption: string;
  messageHeader: string;
  issues: TImportResult['errors'];
}) {
  const { t } = useTranslation('import');
  if (issues.length === 0) return null;
  return (
    <>
      <h3 id={id}>
        {heading} ({issues.length})
      </h3>
      <div className="import-issues-scroll">
        <table className="table import-issues" aria-labelledby={id} data-testid={id}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cell')}</th>
              <th scope="col">{messageHeader}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, index) => (
              // The same cell can have several problems; their order is the server's and stable.
              // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity beyond their position
              <tr key={index}>
                <th scope="row" className="import-cell">
                  {issue.cell}
                </th>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Codes of measures, the first MAX_CODES of them. */
export function Codes({ label, codes }: { label: string; codes: readonly string[] | undefined }) {
  const { t } = useTranslation('import');
  if (!codes || codes.length === 0) return null;
  const shown = codes.slice(0, MAX_CODES);
  return (
    <p className="import-codes">
      <strong>{label}:</strong> {shown.join(', ')}
      {codes.length > shown.length ? ` ${t('andMore', { count: codes.length - shown.length })}` : ''}
    </p>
  );
}
