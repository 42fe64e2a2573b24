import type { TMeasure } from '../../../shared/schemas/measure';
import { BasicView } from './basic-section';
import { DecisionsSection } from './decisions-section';
import { EconomyView } from './economy-section';
import { FollowUpView } from './follow-up-section';
import type { MeasureContext } from './form-api';
import { HistorySection } from './history-section';
import { LinksView } from './links-section';
import { MilestonesView } from './milestones-section';
import { RiskView } from './risk-section';
import { SectionContents } from './section-contents';

/** Every field of the measure, read-only, in the sections of the form; then its decisions and history. */
export function MeasureView({ measure, context }: { measure: TMeasure; context: MeasureContext }) {
  return (
    <>
      <SectionContents withRecords />
      <BasicView measure={measure} context={context} />
      <EconomyView measure={measure} plan={context.plan} years={context.years} />
      <RiskView measure={measure} />
      <FollowUpView measure={measure} />
      <MilestonesView measure={measure} />
      <LinksView measure={measure} context={context} />
      <DecisionsSection planId={measure.planId} measureId={measure.id} code={measure.code} />
      <HistorySection measureId={measure.id} context={context} />
    </>
  );
}
