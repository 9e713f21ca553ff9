// The text of `veritag --help`, and the one line that points there after a usage error: what a
// user reads to learn the command line, kept beside nothing else so it is easy to keep true.

export const USAGE = `veritag: check, convert and compare Veritag annotation-set files
(native .veritag.json or W3C Web Annotation .jsonld), with the same rules as the app.

Usage:
  veritag validate FILE...
      Check each file. Prints one line per valid file:
        alice.json: valid (native, set "First pass" by Alice: 23 annotations on 5 documents)
      and every problem of an invalid one on standard error, prefixed by its name:
        bob.json: annotations[3] (id d3b0…): start: must be a whole number >= 0

  veritag convert FILE --to w3c|native [-o OUT]
      Write the set in the format given: W3C Web Annotation (JSON-LD) or the native file.
      Converting to the format it already has normalises it (key order, indentation, unknown
      fields dropped). Writes to standard output, or to OUT (whole, through a temporary file;
      never over FILE itself).

  veritag agreement A B [--json]
      Agreement between set A and set B (exact and overlap matches and F1, character kappa)
      per document and label and for the whole corpus, over every document either file lists,
      with the offsets written in the files. A table with 3 decimals, or with --json the
      figures unrounded as JSON. The figures are defined in docs/command-line.md.

  veritag --help       This text.
  veritag --version    The version.

Options:
  --to w3c|native      (convert) the format to write
  -o, --output OUT     (convert) the file to write instead of standard output
  --json               (agreement) print JSON instead of a table
  -h, --help           print this text

Exit status:
  0  success: every file valid, converted or compared
  1  a file is invalid (not JSON, not UTF-8, over 200 MB, or breaking the format's rules), or
     A and B give different lengths for the same document
  2  a usage error, or a path that cannot be read or written
`;

export const USAGE_HINT = "Run 'veritag --help' for usage.\n";
