import { useTranslation } from 'react-i18next';
import type { TPlan } from '../../../shared/schemas/plan';
import { planExportUrl } from '../../api/endpoints';

/** Every plan with a link to its workbook. */
export function ExportList({ plans }: { plans: TPlan[] }) {
  const { t } = useTranslation('import');
  if (plans.length === 0) return <p>{t('noPlans')}</p>;
  return (
    <table className="table import-export-table">
      <caption className="visually-hidden">{t('plansCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plan')}</th>
          <th scope="col">{t('years')}</th>
          <th scope="col">{t('convention')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('export')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.id}>
            <th scope="row">{plan.name}</th>
            <td>
              {plan.firstYear}–{plan.lastYear}
            </td>
            <td>{t(`conventions.${plan.convention}`)}</td>
            <td>
              <a
                className="button"
                href={planExportUrl(plan.id)}
                download
                aria-label={t('exportFor', { plan: plan.name })}
              >
                {t('export')}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
