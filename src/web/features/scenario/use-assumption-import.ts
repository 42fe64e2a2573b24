import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { readAssumptionWorkbook } from '../../api/scenarios';
import { errorMessage } from '../../components/query-state';
import { mergeReadYears } from './merge-assumptions';
import type { ScenarioDraft } from './scenario-draft';

export interface ImportMessage {
  isError: boolean;
  lines: string[];
}

/**
 * "Importera antaganden från Excel": the server reads the sheet (`POST /api/scenarios/assumptions/read`) and
 * the values it gives are merged into the table, only those cells, unsaved until the user saves.
 */
export function useAssumptionImport(options: {
  draft: ScenarioDraft;
  fallbackBaseYear: number;
  isPlanLevelEditable: boolean;
  onMerged: (draft: ScenarioDraft) => void;
}) {
  const { t } = useTranslation('scenario');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ImportMessage>();
  // The user may type while the file is read: merge into the table as it is when the answer comes.
  const latest = useRef(options);
  latest.current = options;

  const read = async (file: File) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const sheet = await readAssumptionWorkbook(file);
      const { draft, fallbackBaseYear, isPlanLevelEditable, onMerged } = latest.current;
      const outcome = mergeReadYears(draft, sheet.years, { fallbackBaseYear, isPlanLevelEditable });
      if (!outcome.ok) {
        setMessage({ isError: true, lines: [t('importExport.importFailed', { message: outcome.message })] });
        return;
      }
      onMerged(outcome.draft);
      setMessage({
        isError: false,
        lines: [
          t('importExport.imported', { count: outcome.changed, sheet: sheet.sheet }),
          outcome.skippedPlanLevel ? t('table.pastedPlanLevel') : '',
          sheet.ignoredLabels.length > 0
            ? t('importExport.ignored', { labels: sheet.ignoredLabels.join(', ') })
            : '',
        ].filter(Boolean),
      });
    } catch (error) {
      // Every place the server names (`Antaganden!C5: …`); its message names the first few.
      const details =
        error instanceof ApiError
          ? error.details.map((d) => [d.cell ?? d.field, d.message].filter(Boolean).join(': '))
          : [];
      setMessage({
        isError: true,
        lines: [t('importExport.importFailed', { message: errorMessage(error) }), ...details],
      });
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, read: (file: File) => void read(file) };
}
