import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { parseAsOf } from '../../shared/instant';
import { AS_OF_PARAM, formatAsOf } from './as-of-model';

/**
 * The address's `per` ("Visa per", decision 0009), as written, or undefined for the present. Every read that
 * shows figures or measures sends it to the server as `asOf` and puts it in its query key, so that cached
 * figures of the present never show as figures of the past (nor the other way round).
 */
export function useAsOf(): string | undefined {
  const [search] = useSearchParams();
  return search.get(AS_OF_PARAM) || undefined;
}

/**
 * The `per` of the address with the instant it means and that instant in words ("31 augusti 2024 kl. 23:59");
 * `instant` and `when` are undefined when the address has none or one the server will refuse.
 */
export function useAsOfInstant(): { per: string | undefined; instant: string | undefined; when: string } {
  const per = useAsOf();
  const { t } = useTranslation();
  return useMemo(() => {
    const instant = per ? parseAsOf(per) : undefined;
    const when = instant ? t('asOf.when', formatAsOf(instant)) : (per ?? '');
    return { per, instant, when };
  }, [per, t]);
}
