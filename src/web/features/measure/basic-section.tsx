import { useTranslation } from 'react-i18next';
import { compareSwedish } from '../../../shared/collation';
import {
  CATEGORIES,
  type Category,
  DEFAULT_GROUPS,
  type MeasureStatus,
  SAVINGS_TYPES,
  type SavingsType,
} from '../../../shared/enums';
import type { TMeasure } from '../../../shared/schemas/measure';
import { formatMonth, unitPath, userName } from './display';
import { allowedStatuses } from './draft';
import type { MeasureContext, MeasureFormApi } from './form-api';
import { CheckboxField, SelectField, TextField } from './form-fields';
import { Fact, MeasureSection, Text } from './section';

export function BasicView({ measure, context }: { measure: TMeasure; context: MeasureContext }) {
  const { t } = useTranslation('measure');
  const responsible = userName(context.users, measure.responsibleUserId) ?? measure.responsibleName;
  return (
    <MeasureSection id="grunddata" title={t('sections.basic')}>
      <dl className="facts">
        <Fact term={t('fields:code')}>{measure.code}</Fact>
        <Fact term={t('fields:title')}>{measure.title}</Fact>
        <Fact term={t('fields:orgUnitId')}>{unitPath(context.units, measure.orgUnitId)}</Fact>
        <Fact term={t('fields:responsibleName')}>
          <Text value={responsible} />
        </Fact>
        <Fact term={t('fields:status')}>
          <span className={`badge status-${measure.status}`}>{t(`enums:status.${measure.status}`)}</span>
        </Fact>
        <Fact term={t('fields:category')}>
          <Text value={measure.category ? t(`enums:category.${measure.category}`) : null} />
        </Fact>
        <Fact term={t('fields:group')}>
          <Text value={measure.group} />
        </Fact>
        <Fact term={t('fields:savingsType')}>
          <Text value={measure.savingsType ? t(`enums:savingsType.${measure.savingsType}`) : null} />
        </Fact>
        <Fact term={t('fields:feasibility')}>
          <Text value={measure.feasibility ? t(`basic.feasibility.${measure.feasibility}`) : null} />
        </Fact>
        <Fact term={t('fields:isTemporary')}>{measure.isTemporary ? t('common:yes') : t('common:no')}</Fact>
        <Fact term={t('fields:startMonth')}>{formatMonth(measure.startMonth)}</Fact>
        <Fact term={t('fields:endMonth')}>{formatMonth(measure.endMonth)}</Fact>
        <Fact term={t('fields:fullEffectMonth')}>{formatMonth(measure.fullEffectMonth)}</Fact>
        <Fact term={t('fields:programmes')}>
          <Text value={measure.programmes.length > 0 ? measure.programmes.join(', ') : null} />
        </Fact>
        <Fact term={t('fields:description')} wide>
          <Text value={measure.description} />
        </Fact>
        <Fact term={t('fields:comment')} wide>
          <Text value={measure.comment} />
        </Fact>
      </dl>
    </MeasureSection>
  );
}

export function BasicFields({
  form,
  context,
  fromStatus,
  unitIds,
}: {
  form: MeasureFormApi;
  context: MeasureContext;
  /** The status the measure has now: only transitions allowed from it are offered. */
  fromStatus: MeasureStatus;
  /** The units the user may place the measure in. */
  unitIds: readonly string[];
}) {
  const { t } = useTranslation('measure');
  const { draft, update, errorOf } = form;
  const units = context.units.filter((u) => unitIds.includes(u.id) || u.id === draft.orgUnitId);
  const users = [...(context.users ?? [])]
    .filter((u) => u.isActive || u.id === draft.responsibleUserId)
    .sort((a, b) => compareSwedish(a.name, b.name));
  const onUser = (id: string) => {
    const user = users.find((u) => u.id === id);
    update({ responsibleUserId: id, responsibleName: user ? user.name : draft.responsibleName });
  };
  return (
    <MeasureSection id="grunddata" title={t('sections.basic')}>
      <div className="form-grid">
        <TextField
          field="code"
          label={t('fields:code')}
          required
          value={draft.code}
          onChange={(code) => update({ code })}
          error={errorOf('code')}
        />
        <TextField
          field="title"
          label={t('fields:title')}
          required
          wide
          value={draft.title}
          onChange={(title) => update({ title })}
          error={errorOf('title')}
        />
        <TextField
          field="description"
          label={t('fields:description')}
          multiline
          wide
          value={draft.description}
          onChange={(description) => update({ description })}
          error={errorOf('description')}
        />
        <SelectField
          field="orgUnitId"
          label={t('fields:orgUnitId')}
          required
          wide
          value={draft.orgUnitId}
          onChange={(orgUnitId) => update({ orgUnitId })}
          options={units.map((u) => ({ value: u.id, label: u.path }))}
          empty={draft.orgUnitId === '' ? t('basic.chooseUnit') : undefined}
          error={errorOf('orgUnitId')}
        />
        {context.users ? (
          <SelectField
            field="responsibleUserId"
            label={t('fields:responsibleUserId')}
            value={draft.responsibleUserId}
            onChange={onUser}
            options={users.map((u) => ({ value: u.id, label: u.name }))}
            empty={t('basic.noUser')}
            error={errorOf('responsibleUserId')}
          />
        ) : null}
        <TextField
          field="responsibleName"
          label={t('fields:responsibleName')}
          help={context.users ? t('basic.responsibleNameHelp') : undefined}
          value={draft.responsibleName}
          onChange={(responsibleName) => update({ responsibleName })}
          error={errorOf('responsibleName')}
        />
        <SelectField
          field="status"
          label={t('fields:status')}
          help={
            fromStatus === 'decided' || fromStatus === 'inProgress' || fromStatus === 'done'
              ? t('decisions:measureSection.statusHelp')
              : `${t('basic.statusHelp')} ${t('decisions:measureSection.statusHelp')}`
          }
          value={draft.status}
          onChange={(status) => update({ status: status as MeasureStatus })}
          options={allowedStatuses(fromStatus).map((s) => ({ value: s, label: t(`enums:status.${s}`) }))}
          error={errorOf('status')}
        />
        <SelectField
          field="category"
          label={t('fields:category')}
          value={draft.category}
          onChange={(category) => update({ category: category as Category | '' })}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`enums:category.${c}`) }))}
          empty={t('basic.notSet')}
          error={errorOf('category')}
        />
        <TextField
          field="group"
          label={t('fields:group')}
          help={t('basic.groupHelp')}
          list="measure-groups"
          value={draft.group}
          onChange={(group) => update({ group })}
          error={errorOf('group')}
        />
        <datalist id="measure-groups">
          {DEFAULT_GROUPS.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
        <SelectField
          field="savingsType"
          label={t('fields:savingsType')}
          value={draft.savingsType}
          onChange={(savingsType) => update({ savingsType: savingsType as SavingsType | '' })}
          options={SAVINGS_TYPES.map((s) => ({ value: s, label: t(`enums:savingsType.${s}`) }))}
          empty={t('basic.notSet')}
          error={errorOf('savingsType')}
        />
        <SelectField
          field="feasibility"
          label={t('fields:feasibility')}
          value={draft.feasibility}
          onChange={(feasibility) => update({ feasibility: feasibility as '' | '1' | '2' | '3' })}
          options={(['1', '2', '3'] as const).map((f) => ({ value: f, label: t(`basic.feasibility.${f}`) }))}
          empty={t('basic.notSet')}
          error={errorOf('feasibility')}
        />
        <TextField
          field="startMonth"
          type="month"
          label={t('basic.startMonth')}
          help={t('basic.monthHelp')}
          value={draft.startMonth}
          onChange={(startMonth) => update({ startMonth })}
          error={errorOf('startMonth')}
        />
        <TextField
          field="endMonth"
          type="month"
          label={t('basic.endMonth')}
          help={t('basic.monthHelp')}
          value={draft.endMonth}
          onChange={(endMonth) => update({ endMonth })}
          error={errorOf('endMonth')}
        />
        <TextField
          field="fullEffectMonth"
          type="month"
          label={t('basic.fullEffectMonth')}
          help={t('basic.monthHelp')}
          value={draft.fullEffectMonth}
          onChange={(fullEffectMonth) => update({ fullEffectMonth })}
          error={errorOf('fullEffectMonth')}
        />
        <CheckboxField
          field="isTemporary"
          label={t('basic.isTemporary')}
          help={t('basic.isTemporaryHelp')}
          checked={draft.isTemporary}
          onChange={(isTemporary) => update({ isTemporary })}
        />
        <TextField
          field="programmes"
          label={t('fields:programmes')}
          help={t('basic.programmesHelp')}
          multiline
          value={draft.programmes}
          onChange={(programmes) => update({ programmes })}
          error={errorOf('programmes')}
        />
        <TextField
          field="comment"
          label={t('fields:comment')}
          multiline
          wide
          value={draft.comment}
          onChange={(comment) => update({ comment })}
          error={errorOf('comment')}
        />
      </div>
    </MeasureSection>
  );
}
