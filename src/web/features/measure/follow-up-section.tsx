import { useTranslation } from 'react-i18next';
import { PERIODICITIES, type Periodicity } from '../../../shared/enums';
import type { TMeasure } from '../../../shared/schemas/measure';
import { usePlanLocation } from '../../app/plan-context';
import { ForecastHistorySection } from '../forecast-history/forecast-history-section';
import type { MeasureFormApi } from './form-api';
import { SelectField, TextField } from './form-fields';
import { Fact, MeasureSection, Text } from './section';

export function FollowUpView({ measure }: { measure: TMeasure }) {
  const { t } = useTranslation('measure');
  const { year } = usePlanLocation();
  return (
    <MeasureSection id="uppfoljning" title={t('sections.followUp')}>
      <dl className="facts">
        <Fact term={t('fields:followUpMetric')} wide>
          <Text value={measure.followUpMetric} />
        </Fact>
        <Fact term={t('fields:followUpMethod')} wide>
          <Text value={measure.followUpMethod} />
        </Fact>
        <Fact term={t('fields:periodicity')}>
          <Text value={measure.periodicity ? t(`enums:periodicity.${measure.periodicity}`) : null} />
        </Fact>
      </dl>
      {year !== undefined ? (
        <ForecastHistorySection planId={measure.planId} year={year} measureId={measure.id} headingLevel={3} />
      ) : null}
    </MeasureSection>
  );
}

export function FollowUpFields({ form }: { form: MeasureFormApi }) {
  const { t } = useTranslation('measure');
  const { draft, update, errorOf } = form;
  return (
    <MeasureSection id="uppfoljning" title={t('sections.followUp')}>
      <div className="form-grid">
        <TextField
          field="followUpMetric"
          label={t('fields:followUpMetric')}
          wide
          value={draft.followUpMetric}
          onChange={(followUpMetric) => update({ followUpMetric })}
          error={errorOf('followUpMetric')}
        />
        <TextField
          field="followUpMethod"
          label={t('fields:followUpMethod')}
          help={t('followUp.methodHelp')}
          multiline
          wide
          value={draft.followUpMethod}
          onChange={(followUpMethod) => update({ followUpMethod })}
          error={errorOf('followUpMethod')}
        />
        <SelectField
          field="periodicity"
          label={t('fields:periodicity')}
          value={draft.periodicity}
          onChange={(periodicity) => update({ periodicity: periodicity as Periodicity | '' })}
          options={PERIODICITIES.map((p) => ({ value: p, label: t(`enums:periodicity.${p}`) }))}
          empty={t('basic.notSet')}
          error={errorOf('periodicity')}
        />
      </div>
    </MeasureSection>
  );
}
