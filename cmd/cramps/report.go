package main

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/redflags"
	"github.com/crampsdiary/cramps/insights/report"
)

// maxReportWeeks bounds --weeks: ten years of weekly bars is already more
// than a doctor reads.
const maxReportWeeks = 520

func (a *app) reportCmd() *cobra.Command {
	var weeks int
	var from, to, out string
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Write a summary of the diary to show a doctor",
		Long: `Write a summary of the diary for a doctor, readable in two minutes: the red
flags first, how often and how bad the cramps are and since when, sleep on
cramp nights and other nights, medicines with their start dates, what goes
with the cramps in this diary, and what has been tried.

The report covers the last 12 weeks (84 nights; --weeks) up to last night,
and never starts before the diary's first night; --from and --to choose
other nights. The bars of its weekly chart are calendar weeks, as the
profile counts weeks, so the first and last may be part weeks.

Without -o it prints Markdown. -o FILE.md writes Markdown; -o FILE.html
writes one self-contained page (no script, font or image fetched from
anywhere) that prints on about two pages: open it in a browser to print it
or save it as a PDF. The file is made private to you (0600): it holds
health data.`,
		Example: `  cramps report
  cramps report -o report.html
  cramps report --weeks 26 -o report.md
  cramps report --from 2026-09-01 --to 2026-10-31 -o autumn.html`,
		Args: cobra.NoArgs,
		RunE: runE(func(cmd *cobra.Command, _ []string) error {
			write, err := reportWriter(out)
			if err != nil {
				return err
			}
			if weeks < 1 || weeks > maxReportWeeks {
				return fmt.Errorf("--weeks must be from 1 to %d (ten years), not %d", maxReportWeeks, weeks)
			}
			if cmd.Flags().Changed("weeks") && from != "" {
				return fmt.Errorf("--weeks counts back from --to (or last night), so it cannot be given with --from; give one or the other")
			}
			p, nights, err := a.readDiary()
			if err != nil {
				return err
			}
			period, err := a.reportPeriod(nights, weeks, from, to)
			if err != nil {
				return err
			}
			trials, err := a.readTrials()
			if err != nil {
				return err
			}
			rep := report.Build(nights, p, period, a.now()).WithTrials(trials, nights, p, a.today())
			rep.Analysis.RedFlags = redflags.Acknowledge(rep.Analysis.RedFlags, a.acks)
			if out == "" || out == "-" {
				bw := bufio.NewWriter(cmd.OutOrStdout())
				if err := rep.Markdown(bw); err != nil {
					return err
				}
				return bw.Flush()
			}
			if err := a.writeFileAtomic(out, func(w io.Writer) error { return write(rep, w) }); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Wrote the report of %s to %s to %s.\n", longDate(period.From), longDate(period.To), out)
			return nil
		}),
	}
	f := cmd.Flags()
	f.IntVar(&weeks, "weeks", report.DefaultWeeks, "how many weeks to cover, ending with last night (or --to)")
	f.StringVar(&from, "from", "", "first night of the report, YYYY-MM-DD")
	f.StringVar(&to, "to", "", "last night of the report, YYYY-MM-DD (default: last night)")
	f.StringVarP(&out, "output", "o", "", "write to FILE.md (Markdown) or FILE.html (a page to print) instead of stdout")
	return cmd
}

// reportWriter picks the format of the report by the file's extension:
// Markdown for none (stdout) and .md, the HTML page for .html.
func reportWriter(out string) (func(report.Report, io.Writer) error, error) {
	md := func(r report.Report, w io.Writer) error { return r.Markdown(w) }
	page := func(r report.Report, w io.Writer) error { return r.HTML(w) }
	if out == "" || out == "-" {
		return md, nil
	}
	switch strings.ToLower(filepath.Ext(out)) {
	case ".md", ".markdown":
		return md, nil
	case ".html", ".htm":
		return page, nil
	}
	return nil, fmt.Errorf("-o %s: the report is written as .md (Markdown) or .html (a page to print, or to save as a PDF from a browser); name the file report.md or report.html", out)
}

// reportPeriod reads the nights the report covers: --to (default last
// night) and --from, or else the last 7×weeks nights up to --to, never
// before the diary's first night.
func (a *app) reportPeriod(nights []diary.Night, weeks int, from, to string) (report.Period, error) {
	last := a.lastNight()
	end, err := a.dayFlag("to", to, last)
	if err != nil {
		return report.Period{}, err
	}
	if end > last {
		return report.Period{}, fmt.Errorf("--to %s: that night has not ended yet; the latest night to report on is last night, %s", end, last)
	}
	var first diary.Opt[diary.Date]
	for _, n := range nights {
		if f, ok := first.Get(); !ok || n.Date < f {
			first = diary.Some(n.Date)
		}
	}
	if f, ok := first.Get(); ok && end < f {
		// Every night of it would be before the diary began: the report
		// said "Diary kept since: no nights logged yet" of a diary that has some.
		return report.Period{}, fmt.Errorf("--to %s is before the diary's first night, %s; a report covers nights from then on", end, f)
	}
	period := report.Recent(end, weeks, first)
	if period.From, err = a.dayFlag("from", from, period.From); err != nil {
		return report.Period{}, err
	}
	if period.From > end {
		return report.Period{}, fmt.Errorf("--from %s is after --to %s; the report runs from the first night to the last", period.From, end)
	}
	return period, nil
}
