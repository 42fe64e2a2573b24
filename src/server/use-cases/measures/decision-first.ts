import { MEASURE_STATUS_SV, type MeasureStatus } from '../../../shared/enums';
import { AppError } from '../../errors';

/** The answer to setting beslutad or utgår by hand: the decision must be registered (issue 12). */
export function decisionFirst(status: MeasureStatus): AppError {
  return new AppError(
    'DECISION_RULE',
    `Registrera beslutet först: en åtgärd blir ${MEASURE_STATUS_SV[status]} bara genom ett registrerat beslut av ett organ som får besluta den (Beslut › Registrera beslut)`,
    {
      details: [
        { field: 'status', message: `Status ${MEASURE_STATUS_SV[status]} kräver ett registrerat beslut` },
      ],
    },
  );
}
