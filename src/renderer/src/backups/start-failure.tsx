// What the window shows when the database cannot be opened at all, even after it was set aside:
// the reason, that the backup copy is untouched, and what to do, instead of a blank window.
export function StartFailure({ reason }: { reason: string }) {
  return (
    <main className="start-failure">
      <h1>Veritag cannot open its database</h1>
      <p role="alert">{reason}</p>
      <p>
        Your work is safe in the backup copy (the <code>Backups</code> folder in Veritag’s data folder): nothing in it has been changed,
        and nothing will be until Veritag can open its database again.
      </p>
      <p>Free some disk space, or close any other copy of Veritag, then start Veritag again. Your work is restored from the copy then.</p>
    </main>
  );
}
