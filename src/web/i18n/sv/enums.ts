import {
  CATEGORY_SV,
  COST_TYPE_SV,
  DECISION_KIND_SV,
  EFFECT_CONVENTION_SV,
  MEASURE_STATUS_SV,
  ORG_UNIT_KIND_SV,
  PERIODICITY_SV,
  PLAN_STATUS_SV,
  RISK_LEVEL_SV,
  RISK_PERSPECTIVE_SV,
  ROLE_SV,
  SAVINGS_TYPE_SV,
} from '../../../shared/enums';

/** The Swedish words of the closed vocabularies come from src/shared/enums.ts, the one source. */
export default {
  costType: COST_TYPE_SV,
  category: CATEGORY_SV,
  savingsType: SAVINGS_TYPE_SV,
  status: MEASURE_STATUS_SV,
  periodicity: PERIODICITY_SV,
  riskLevel: RISK_LEVEL_SV,
  riskPerspective: RISK_PERSPECTIVE_SV,
  convention: EFFECT_CONVENTION_SV,
  planStatus: PLAN_STATUS_SV,
  unitKind: ORG_UNIT_KIND_SV,
  role: ROLE_SV,
  decisionKind: DECISION_KIND_SV,
  linkKind: { dependsOn: 'beror på', overlaps: 'överlappar' },
  missing: '(saknas)',
  feasibility: 'genomförbarhet {{value}}',
};
