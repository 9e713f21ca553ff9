// Small inline SVG icons (no icon font, no emoji font needed), hidden from screen readers:
// the buttons that carry them have their own accessible names.
const paths = {
  plus: 'M12 5v14M5 12h14',
  paste: 'M9 4h6v3H9zM7 6H5v15h14V6h-2M9 13h6M9 17h4',
  pencil: 'M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4',
  trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
  person: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  export: 'M12 15V3M7 8l5-5 5 5M5 14v6h14v-6',
  import: 'M12 3v12M7 10l5 5 5-5M5 14v6h14v-6',
  review: 'M3 5h8v14H3zM13 5h8v14h-8zM6 9h2M16 9h2M6 13h2M16 13h2',
  moon: 'M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z',
  sun: 'M12 8a4 4 0 1 1 0 8 4 4 0 0 1 0-8zM12 2v2M12 20v2M4 12H2M22 12h-2M5 5l1.5 1.5M17.5 17.5 19 19M5 19l1.5-1.5M17.5 6.5 19 5',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
