import { FIGURE_LIMIT_KRONOR } from '../../shared/money';
import type { Tx } from '../db/tenant-scope';
import { AppError } from '../errors';
import { findFigureBound } from '../repositories/figure-limit-repository';

/** Thrown when a change would let a tenant's figures pass FIGURE_LIMIT_KRONOR (issue 11, item 3). */
export class FigureLimitExceeded extends AppError {
  constructor(readonly bound: bigint) {
    super(
      'VALIDATION',
      `Ändringen sparades inte: organisationens belopp skulle tillsammans bli ${groupDigits(bound)} kr, mer än ` +
        `Balans kan summera säkert (högst ${groupDigits(BigInt(FIGURE_LIMIT_KRONOR))} kr). Kontrollera beloppen – ` +
        'troligen är något angivet i fel enhet',
      { details: [{ field: 'amount', message: 'Summan av beloppen blir för stor' }] },
    );
  }
}

function groupDigits(value: bigint): string {
  return value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/**
 * Guards one write transaction: reads the tenant's figure bound before the change and, on `check` after it,
 * refuses (throws, so that the transaction rolls back) a change that leaves the bound above the limit and
 * larger than it was. A tenant already above it (data from before the limit) can still reduce its amounts.
 */
export async function guardFigureLimit(trx: Tx): Promise<{ check: () => Promise<void> }> {
  const before = await findFigureBound(trx);
  return {
    check: async () => {
      const after = await findFigureBound(trx);
      if (after > BigInt(FIGURE_LIMIT_KRONOR) && after > before) throw new FigureLimitExceeded(after);
    },
  };
}
