// A correction form (an entry edited, split, or added after the fact): its
// fields, then « submit » and « Fermer sans enregistrer », then the error. Our
// own French sentence replaces the browser's validation bubble, and submitting
// never reloads the page.
import type { ComponentChildren } from 'preact';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from './i18n';

export function EditForm(props: {
  children: ComponentChildren;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  onSubmit: () => void;
  onClose: () => void;
  /** Extra class beside `edit`. */
  extraClass?: string;
  labelledBy?: string;
}) {
  const { t } = useI18n();
  return (
    <form
      class={props.extraClass ? `${props.extraClass} edit` : 'edit'}
      aria-labelledby={props.labelledBy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      {props.children}
      <div class="row small">
        <button type="submit" class="primary" disabled={props.busy}>
          {props.submitLabel}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('closeEdit')}
        </button>
      </div>
      <ErrorMessage text={props.error} />
    </form>
  );
}
