package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
)

func (a *app) exportCmd() *cobra.Command {
	var format, table, out string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the diary as JSON (lossless) or CSV",
		Long: `Write the whole diary to stdout or a file.

JSON is the lossless interchange format: export, import into an empty diary
and export again gives the same bytes. CSV is for spreadsheets: one row per
night (--table nights, the default) or one row per cramp (--table episodes).`,
		Example: `  cramps export > diary.json
  cramps export --format csv -o nights.csv
  cramps export --format csv --table episodes -o cramps.csv`,
		Args: cobra.NoArgs,
		RunE: runE(func(cmd *cobra.Command, _ []string) error {
			// Any case, as log's words: --format CSV is csv.
			format, table = strings.ToLower(strings.TrimSpace(format)), strings.ToLower(strings.TrimSpace(table))
			write, err := exporter(format, table)
			if err != nil {
				return err
			}
			p, nights, err := a.readDiary()
			if err != nil {
				return err
			}
			doc := diary.Document{Profile: &p, Nights: nights, Acks: a.acks}
			if format == "json" {
				if doc.Trials, err = a.readTrials(); err != nil {
					return err
				}
			}
			if out == "" || out == "-" {
				bw := bufio.NewWriter(cmd.OutOrStdout())
				if err := write(bw, doc); err != nil {
					return err
				}
				err = bw.Flush()
			} else {
				err = a.writeFileAtomic(out, func(w io.Writer) error { return write(w, doc) })
				if err == nil {
					what := words.Nouns(len(nights), "night")
					if format == "csv" && table == "episodes" { // a row a cramp: say what the rows are
						cramps := 0
						for _, n := range nights {
							cramps += len(n.Episodes)
						}
						what = words.Nouns(cramps, "cramp") + " from " + what
					}
					fmt.Fprintf(cmd.OutOrStdout(), "Wrote %s to %s.\n", what, out)
				}
			}
			if err == nil && len(a.damaged) > 0 {
				return fmt.Errorf("the export holds the %s that could be read; what is damaged, listed above, is left out",
					words.Nouns(len(nights), "night"))
			}
			return err
		}),
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "json", "json or csv")
	f.StringVar(&table, "table", "nights", "with --format csv: nights or episodes")
	f.StringVarP(&out, "output", "o", "", "write to this file instead of stdout (created private, 0600)")
	return cmd
}

// exporter picks the writer for a format and table.
func exporter(format, table string) (func(io.Writer, diary.Document) error, error) {
	switch {
	case format == "json" && table == "nights":
		return diary.EncodeDocument, nil
	case format == "json":
		return nil, fmt.Errorf("--table applies to --format csv; the JSON export always holds the whole diary")
	case format == "csv" && table == "nights":
		return func(w io.Writer, doc diary.Document) error { return diary.EncodeNightsCSV(w, doc.Nights) }, nil
	case format == "csv" && table == "episodes":
		return func(w io.Writer, doc diary.Document) error { return diary.EncodeEpisodesCSV(w, doc.Nights) }, nil
	case format == "csv":
		return nil, fmt.Errorf("--table %q: use nights or episodes", table)
	}
	return nil, fmt.Errorf("--format %q: use json or csv", format)
}
