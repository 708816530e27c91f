package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights"
	"github.com/crampsdiary/cramps/insights/redflags"
)

// caveat is the standing line under every insight.
const caveat = "These are associations in one person's diary, not proof of cause, and not medical advice."

func (a *app) insightsCmd() *cobra.Command {
	var from, to string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "insights",
		Short: "Which triggers go with more or fewer cramps in your diary",
		Long: `Test each documented trigger against your own nights: cramp nights with
and without it, the relative risk with its 95% interval, and an honest
verdict. Red flags — patterns the sources say a doctor should hear about —
come first.

` + wordwrap(caveat, 76),
		Example: `  cramps insights
  cramps insights --from 2026-09-01 --json`,
		Args: cobra.NoArgs,
		RunE: runE(func(cmd *cobra.Command, _ []string) error {
			var opts insights.Options
			if from != "" || to != "" {
				lo, hi, err := a.dateRange(from, to)
				if err != nil {
					return err
				}
				// As report: a period reaching past last night would be named
				// as analysed ("to Tue 1 Jan 2030") with no nights to show for it.
				if last := a.lastNight(); to != "" && hi > last {
					return fmt.Errorf("--to %s: that night has not ended yet; the latest night to analyse is last night, %s", hi, last)
				} else if lo > last {
					return fmt.Errorf("--from %s: that night has not ended yet; the latest night to analyse is last night, %s", lo, last)
				}
				if from != "" {
					opts.From = diary.Some(lo)
				}
				if to != "" {
					opts.To = diary.Some(hi)
				}
			}
			p, nights, err := a.readDiary()
			if err != nil {
				return err
			}
			if hi, ok := opts.To.Get(); ok && len(nights) > 0 {
				// As report: a period before the diary began read "Insights —
				// no nights, 0 nights logged …", with "from": null.
				first := slices.MinFunc(nights, func(x, y diary.Night) int { return cmp.Compare(x.Date, y.Date) }).Date
				if hi < first {
					return fmt.Errorf("--to %s is before the diary's first night, %s; there are no nights to analyse", hi, first)
				}
			}
			res := insights.Analyze(nights, p, opts)
			res.RedFlags = redflags.Acknowledge(res.RedFlags, a.acks)
			return printFigures(cmd.OutOrStdout(), asJSON, res, writeInsights)
		}),
	}
	cmd.Flags().StringVar(&from, "from", "", "first night to analyse, YYYY-MM-DD (default: the first)")
	cmd.Flags().StringVar(&to, "to", "", "last night to analyse, YYYY-MM-DD (default: the last)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the figures as JSON (the format is in the README)")
	return cmd
}

// writeJSON prints v as indented JSON with a final newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeInsights prints the analysis for people: red flags, background, the
// table, then the sentences, to fit a terminal width columns wide.
func writeInsights(w io.Writer, r *lipgloss.Renderer, res insights.Analysis, width int) {
	bold := r.NewStyle().Bold(true)
	text := min(width, maxTextWidth)
	para := func(s string) { fmt.Fprintln(w, wordwrap(s, text)) }

	period := "no nights"
	if f, ok := res.From.Get(); ok {
		period = fmt.Sprintf("%s to %s", longDate(f), longDate(res.To.Or(f)))
	}
	para(bold.Render("Insights") + fmt.Sprintf(" — %s, %s logged with or without cramps, %s with cramps", period, words.Nouns(res.Nights, "night"), words.Count(res.CrampNights)))
	para(caveat)
	fmt.Fprintln(w)

	writeRedFlags(w, r, res.RedFlags, text)
	if len(res.Background) > 0 {
		names := make([]string, len(res.Background))
		for i, b := range res.Background {
			names[i] = b.Name
		}
		para("Background in your profile that the sources link with cramps: " + strings.Join(names, ", ") + ".")
		fmt.Fprintln(w)
	}

	var rows []factorRow
	for _, f := range res.Factors {
		fac, _ := insights.FactorByID(f.ID)
		rows = append(rows, factorRow{fac.Name, rateCell(f.WithCrampNights, f.WithNights), rateCell(f.WithoutCrampNights, f.WithoutNights),
			ratioCell(f.Comparison), f.Cell(f.Reactive.Reactive), string(f.Evidence)})
	}
	for _, m := range res.Medications {
		rows = append(rows, factorRow{"started " + m.Name, rateCell(m.WithCrampNights, m.WithNights), rateCell(m.WithoutCrampNights, m.WithoutNights),
			ratioCell(m.Comparison), m.Cell(false), string(m.Evidence)})
	}
	writeFactorTable(w, bold, rows, width)
	para("with, without: cramp nights of the nights known; for a medicine, after and before it started.")
	para("relative risk: comparing like nights (after a night with or without cramps, weekday or weekend); " +
		"the range allows for chance and for runs of similar nights, and a range that crosses 1 cannot tell.")
	fmt.Fprintln(w)

	var unclear, short, unrecorded []string
	for _, f := range res.Factors {
		fac, _ := insights.FactorByID(f.ID)
		s := fac.Subject()
		name := strings.ToLower(fac.Name[:1]) + fac.Name[1:]
		switch {
		case f.Verdict.Pattern():
			para(insights.VerdictSentence(s, f.Comparison) + " " + insights.NumbersSentence(s, f.Comparison))
		case f.Verdict == insights.VerdictNoClearLink:
			unclear = append(unclear, name)
		case f.WithNights+f.WithoutNights == 0:
			// Never recorded: one line for them all, not a paragraph each
			// of what is missing (a new diary had twenty alike).
			unrecorded = append(unrecorded, name)
		default:
			short = append(short, insights.VerdictSentence(s, f.Comparison))
		}
		// A habit that follows the cramps: say so, whatever the verdict.
		if rs := insights.ReactiveSentence(s, f.ID, f.Reactive); rs != "" {
			para(rs + " " + insights.TrialOffer(f.ID))
		}
	}
	for _, m := range res.Medications {
		para(insights.VerdictSentence(m.Subject(), m.Comparison) + " " + m.Advice)
	}
	if len(unclear) > 0 {
		para("No clear link so far: " + strings.Join(unclear, ", ") + ". " +
			"The interval of each crosses 1 (no difference), or a difference that size can turn up by chance among this many comparisons.")
	}
	for _, s := range short {
		para(s)
	}
	if len(unrecorded) > 0 {
		para("Not recorded on any night yet, so not judged: " + words.List(unrecorded) + ". " +
			"Each needs about " + words.Count(insights.MinKnownNights) + " nights that record it and whether there were cramps.")
	}
	fmt.Fprintln(w)
	para("Run 'cramps' and open Insights (key 4) for what each trigger is, what the sources say, and what to try.")
}

// factorRow is one factor or medicine of the table, its cells written.
type factorRow struct{ name, with, without, ratio, verdict, evidence string }

var factorHeader = factorRow{"factor", "with", "without", "relative risk (95%)", "verdict", "evidence"}

func (f factorRow) cells() []string {
	return []string{f.name, f.with, f.without, f.ratio, f.verdict, f.evidence}
}

// writeFactorTable prints the factors as a table when it fits in width
// columns; else each factor in two lines, its name and verdict, then its
// figures, wrapped to the width, so a narrow terminal never breaks a word.
func writeFactorTable(w io.Writer, bold lipgloss.Style, rows []factorRow, width int) {
	const gap = 2
	cols := make([]int, len(factorHeader.cells()))
	for _, row := range append([]factorRow{factorHeader}, rows...) {
		for i, c := range row.cells() {
			cols[i] = max(cols[i], ansi.StringWidth(c))
		}
	}
	need := gap * (len(cols) - 1)
	for _, c := range cols {
		need += c
	}
	if need <= width {
		tw := table(w)
		head := factorHeader.cells()
		head[0] = bold.Render(head[0])
		fmt.Fprintln(tw, strings.Join(head, "\t"))
		for _, row := range rows {
			fmt.Fprintln(tw, strings.Join(row.cells(), "\t"))
		}
		tw.Flush()
		return
	}
	const indent = "  "
	for _, row := range rows {
		fmt.Fprintln(w, wordwrap(bold.Render(row.name)+": "+row.verdict+"; evidence "+row.evidence, width))
		var figures []string
		for _, f := range []struct{ label, cell string }{
			{"with", row.with}, {"without", row.without}, {"relative risk", row.ratio},
		} {
			if f.cell != "–" {
				figures = append(figures, f.label+" "+f.cell)
			}
		}
		if len(figures) > 0 {
			fmt.Fprintln(w, indent+strings.ReplaceAll(wordwrap(strings.Join(figures, " · "), width-len(indent)), "\n", "\n"+indent))
		}
	}
}

// rateCell writes "8/12 67%".
func rateCell(k, n int) string {
	if n == 0 {
		return "–"
	}
	return words.Count(k) + "/" + words.Count(n) + " " + words.Percent(float64(k)/float64(n))
}

// ratioCell writes the Mantel–Haenszel ratio with the interval the verdict
// reads, "2.31 (1.38–3.87)"; "–" when either is undefined.
func ratioCell(c insights.Comparison) string {
	rr, ok := c.RelativeRisk.Get()
	lo, okLo := c.CILow.Get()
	hi, okHi := c.CIHigh.Get()
	if !ok || !okLo || !okHi {
		return "–"
	}
	return fmt.Sprintf("%.2f (%.2f–%.2f)", rr, lo, hi)
}

// flagLevelWords say how soon each level of red flag asks for a doctor.
var flagLevelWords = map[redflags.Level]string{
	redflags.LevelUrgent:    "URGENT — contact a doctor today",
	redflags.LevelSeeDoctor: "See a doctor",
	redflags.LevelMention:   "Mention to your doctor",
}

// writeRedFlags prints the red flags, most urgent first, or nothing.
func writeRedFlags(w io.Writer, r *lipgloss.Renderer, flags []redflags.Flag, width int) {
	if len(flags) == 0 {
		return
	}
	head := flagLevelWords
	warn := r.NewStyle().Bold(true)
	for _, f := range flags {
		if d, ok := f.Acknowledged.Get(); ok {
			fmt.Fprintln(w, warn.Render(head[f.Level]+" (a doctor has seen this: acknowledged "+d.Time().Format("Mon 2 Jan 2006")+"):"))
		} else {
			fmt.Fprintln(w, warn.Render(head[f.Level]+":"))
		}
		fmt.Fprintln(w, indent(wordwrap(f.Message, width-2), "  "))
		if f.Source != "" {
			fmt.Fprintln(w, indent(wordwrap("Source: "+f.Source, width-2), "  "))
		}
		fmt.Fprintln(w)
	}
}

func indent(s, pad string) string { return pad + strings.ReplaceAll(s, "\n", "\n"+pad) }
