import { useTranslation } from 'react-i18next';
import { RISK_LEVELS, RISK_PERSPECTIVES, type RiskLevel } from '../../../shared/enums';
import type { TMeasure } from '../../../shared/schemas/measure';
import { formatDate } from './display';
import type { MeasureFormApi } from './form-api';
import { CheckboxField, SelectField, TextField } from './form-fields';
import { Fact, MeasureSection, Text } from './section';

export function RiskView({ measure }: { measure: TMeasure }) {
  const { t } = useTranslation('measure');
  return (
    <MeasureSection id="risker" title={t('sections.risks')}>
      <table className="table risk-table">
        <caption className="visually-hidden">{t('risk.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('risk.perspective')}</th>
            <th scope="col">{t('risk.level')}</th>
            <th scope="col">{t('risk.text')}</th>
          </tr>
        </thead>
        <tbody>
          {RISK_PERSPECTIVES.map((p) => {
            const risk = measure.risks[p];
            return (
              <tr key={p}>
                <th scope="row">{t(`enums:riskPerspective.${p}`)}</th>
                <td>
                  {risk.level ? (
                    <span className={`badge risk-${risk.level}`}>{t(`enums:riskLevel.${risk.level}`)}</span>
                  ) : (
                    <span className="empty-value">–</span>
                  )}
                </td>
                <td>
                  <Text value={risk.text} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <dl className="facts">
        <Fact term={t('fields:consequences')} wide>
          <Text value={measure.consequences} />
        </Fact>
        <Fact term={t('fields:riskAnalysisRequired')}>
          {measure.riskAnalysisRequired ? t('common:yes') : t('common:no')}
        </Fact>
        <Fact term={t('fields:riskAnalysisDoneOn')}>
          {measure.riskAnalysisRequired && !measure.riskAnalysisDoneOn ? (
            <span className="badge badge-warning">{t('risk.notDone')}</span>
          ) : (
            formatDate(measure.riskAnalysisDoneOn)
          )}
        </Fact>
      </dl>
    </MeasureSection>
  );
}

export function RiskFields({ form }: { form: MeasureFormApi }) {
  const { t } = useTranslation('measure');
  const { draft, update, errorOf } = form;
  return (
    <MeasureSection id="risker" title={t('sections.risks')}>
      <div className="risk-grid">
        {RISK_PERSPECTIVES.map((p) => {
          const perspective = t(`enums:riskPerspective.${p}`);
          const setRisk = (change: Partial<(typeof draft.risks)[typeof p]>) =>
            update({ risks: { ...draft.risks, [p]: { ...draft.risks[p], ...change } } });
          return (
            <fieldset key={p} className="risk-fieldset">
              <legend>{t('risk.legend', { perspective })}</legend>
              <SelectField
                field={`risks.${p}.level`}
                label={t('risk.levelLabel', { perspective })}
                value={draft.risks[p].level}
                onChange={(level) => setRisk({ level: level as RiskLevel | '' })}
                options={RISK_LEVELS.map((l) => ({ value: l, label: t(`enums:riskLevel.${l}`) }))}
                empty={t('basic.notSet')}
                error={errorOf(`risks.${p}.level`)}
              />
              <TextField
                field={`risks.${p}.text`}
                label={t('risk.textLabel', { perspective })}
                multiline
                value={draft.risks[p].text}
                onChange={(text) => setRisk({ text })}
                error={errorOf(`risks.${p}.text`)}
              />
            </fieldset>
          );
        })}
      </div>
      <div className="form-grid">
        <TextField
          field="consequences"
          label={t('fields:consequences')}
          multiline
          wide
          value={draft.consequences}
          onChange={(consequences) => update({ consequences })}
          error={errorOf('consequences')}
        />
        <CheckboxField
          field="riskAnalysisRequired"
          label={t('fields:riskAnalysisRequired')}
          help={t('risk.requiredHelp')}
          checked={draft.riskAnalysisRequired}
          onChange={(riskAnalysisRequired) => update({ riskAnalysisRequired })}
        />
        <TextField
          field="riskAnalysisDoneOn"
          type="date"
          label={t('fields:riskAnalysisDoneOn')}
          help={t('risk.dateHelp')}
          value={draft.riskAnalysisDoneOn}
          onChange={(riskAnalysisDoneOn) => update({ riskAnalysisDoneOn })}
          error={errorOf('riskAnalysisDoneOn')}
        />
      </div>
    </MeasureSection>
  );
}
