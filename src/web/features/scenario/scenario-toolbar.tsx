import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarioExportUrl } from '../../api/scenarios';
import { useAsOf } from '../../app/as-of';
import { ConfirmDialog } from '../../components/confirm-dialog';

interface Props {
  /** The saved scenario's id; undefined for a new one (nothing to copy or export yet). */
  savedId: string | undefined;
  name: string;
  isEditable: boolean;
  isDirty: boolean;
  busy: boolean;
  isImporting: boolean;
  onSave: () => void;
  onSaveAsCopy: (name: string) => Promise<unknown> | undefined;
  onImport: (file: File) => void;
}

/**
 * The editor's actions: save, save what is typed as a copy, import assumptions from an .xlsx sheet, export the
 * saved version (XLSX, PDF). It stays in view while the user scrolls through the table.
 */
export function ScenarioToolbar(props: Props) {
  const { savedId, isEditable, isDirty, busy, isImporting } = props;
  const { t } = useTranslation('scenario');
  const asOf = useAsOf();
  const file = useRef<HTMLInputElement>(null);
  const [copyName, setCopyName] = useState('');
  const copyNameId = useId();
  const exportNoteId = useId();
  const showsExportNote = savedId !== undefined && isEditable && isDirty;
  return (
    <div className="scenario-toolbar" data-testid="scenario-toolbar">
      {isEditable ? (
        <>
          <button type="button" className="button button-primary" disabled={busy} onClick={props.onSave}>
            {savedId ? t('editor.save') : t('editor.create')}
          </button>
          {busy ? (
            <span role="status" className="help">
              {t('editor.saving')}
            </span>
          ) : null}
          {savedId ? (
            <ConfirmDialog
              trigger={t('editor.saveAsCopy')}
              title={t('editor.saveAsCopyTitle')}
              confirm={t('list.copyConfirm')}
              onConfirm={() =>
                props.onSaveAsCopy(copyName.trim() || t('list.copyDefault', { name: props.name }))
              }
            >
              <p className="help">{t('editor.saveAsCopyHelp')}</p>
              <div className="field">
                <label htmlFor={copyNameId}>{t('editor.copyName')}</label>
                <input
                  id={copyNameId}
                  className="input-wide"
                  value={copyName}
                  placeholder={t('list.copyDefault', { name: props.name })}
                  onChange={(event) => setCopyName(event.target.value)}
                />
              </div>
            </ConfirmDialog>
          ) : null}
          <button
            type="button"
            className="button"
            disabled={isImporting}
            onClick={() => file.current?.click()}
          >
            {isImporting ? t('importExport.importing') : t('importExport.import')}
          </button>
          <input
            ref={file}
            type="file"
            hidden
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              event.target.value = '';
              if (chosen) props.onImport(chosen);
            }}
          />
        </>
      ) : null}
      {savedId ? (
        <>
          <a
            className="button"
            href={scenarioExportUrl(savedId, 'xlsx', asOf)}
            download
            aria-describedby={showsExportNote ? exportNoteId : undefined}
          >
            {t('importExport.exportXlsx')}
          </a>
          <a
            className="button"
            href={scenarioExportUrl(savedId, 'pdf', asOf)}
            download
            aria-describedby={showsExportNote ? exportNoteId : undefined}
          >
            {t('importExport.exportPdf')}
          </a>
        </>
      ) : null}
      {isEditable && isDirty ? (
        <span className="badge badge-warning unsaved-badge" data-testid="unsaved">
          {t('editor.unsaved')}
        </span>
      ) : null}
      {showsExportNote ? (
        <p id={exportNoteId} className="help scenario-export-note">
          {t('importExport.exportsSaved')}
        </p>
      ) : null}
    </div>
  );
}
