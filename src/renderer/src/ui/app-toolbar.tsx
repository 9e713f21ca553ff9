// The workbench's toolbar: bringing articles and sets in and out, the review, who is annotating,
// and the reading theme.
import { Icon } from './icons';
import { shownName } from '../../../shared/visible-text';

interface AppToolbarProps {
  reviewing: boolean;
  profileName: string | null;
  dark: boolean;
  onAddArticle: () => void;
  onPasteArticle: () => void;
  onImportSet: () => void;
  onExport: () => void;
  onToggleReview: () => void;
  onEditProfile: () => void;
  onToggleTheme: () => void;
}

export function AppToolbar(props: AppToolbarProps) {
  return (
    <header className="toolbar">
      <span className="brand">Veritag</span>
      <button type="button" onClick={props.onAddArticle}>
        <Icon name="plus" /> Add article…
      </button>
      <button type="button" onClick={props.onPasteArticle}>
        <Icon name="paste" /> Paste as new article
      </button>
      <button type="button" onClick={props.onImportSet}>
        <Icon name="import" /> Import set…
      </button>
      <button type="button" onClick={props.onExport}>
        <Icon name="export" /> Export…
      </button>
      <button type="button" aria-pressed={props.reviewing} onClick={props.onToggleReview}>
        <Icon name="review" /> Review…
      </button>
      <span className="spacer" />
      {props.profileName !== null && (
        <button type="button" className="profile-button" onClick={props.onEditProfile} title={`Your name, as colleagues will see it: ${shownName(props.profileName)}`}>
          <Icon name="person" /> <span className="ellipsis">{shownName(props.profileName)}</span>
        </button>
      )}
      <button type="button" aria-pressed={props.dark} onClick={props.onToggleTheme} title="Toggle dark mode">
        <Icon name={props.dark ? 'sun' : 'moon'} /> Dark mode
      </button>
    </header>
  );
}
