package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/spf13/cobra"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights"
	"github.com/crampsdiary/cramps/insights/redflags"
)

func (a *app) weekCmd() *cobra.Command {
	var isoWeek, date string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "week",
		Short: "One week's figures against last week and the 4 weeks before",
		Long: `One week of the diary: cramp nights, episodes, cramp minutes, pain, sleep
and habits, each against the week before and the average of the 4 weeks
before, with the 12-week trend and any red flags. The default is the week
holding last night; weeks start on Monday, or Sunday if the profile says so.`,
		Example: `  cramps week
  cramps week --week 2026-W46
  cramps week --date 2026-11-03 --json`,
		Args: cobra.NoArgs,
		RunE: runE(func(cmd *cobra.Command, _ []string) error {
			if isoWeek != "" && date != "" {
				return fmt.Errorf("give --week or --date, not both")
			}
			p, nights, err := a.readDiary()
			if err != nil {
				return err
			}
			day := a.lastNight()
			switch {
			case isoWeek != "":
				if day, err = diary.ParseISOWeek(isoWeek); err != nil {
					return fmt.Errorf("--week: %w", err)
				}
			case date != "":
				if day, err = a.parseDay(date); err != nil {
					return fmt.Errorf("--date: %w", err)
				}
			}
			rep := insights.Week(nights, p, diary.WeekStartOf(day, p.FirstWeekday()), a.lastNight())
			rep.RedFlags = redflags.Acknowledge(rep.RedFlags, a.acks)
			return printFigures(cmd.OutOrStdout(), asJSON, rep, writeWeek)
		}),
	}
	cmd.Flags().StringVar(&isoWeek, "week", "", "an ISO week, e.g. 2026-W47")
	cmd.Flags().StringVar(&date, "date", "", "the week holding this night, YYYY-MM-DD")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the figures as JSON (the format is in the README)")
	return cmd
}

// better says which way a figure should move.
type better int

const (
	lowerBetter better = iota
	higherBetter
	neutral
)

// weekRow is one line of the week's table.
type weekRow struct {
	label           string
	this, prev, avg diary.Opt[float64]
	way             better
	fig             words.Figure // this week and last, and the change between them
	avgFig          words.Figure // the 4-week average, and the change against it
}

func writeWeek(w io.Writer, r *lipgloss.Renderer, rep insights.WeekReport, width int) {
	width = min(width, maxTextWidth)
	bold := r.NewStyle().Bold(true)
	good := r.NewStyle().Foreground(lipgloss.Color("2")) // the terminal's own green and yellow suit its background
	bad := r.NewStyle().Foreground(lipgloss.Color("3"))

	fmt.Fprintf(w, "%s — %s of 7 nights logged\n\n", bold.Render("Week of "+rep.Start.Time().Format("Mon 2 Jan")+" to "+rep.End.Time().Format("Mon 2 Jan 2006")), fmt.Sprint(rep.NightsLogged))
	writeRedFlags(w, r, redflags.Banners(rep.RedFlags), width)

	cur, prev, avg := rep.WeekFigures, rep.Previous, rep.FourWeekAverage
	// Unknown is not zero (SPEC §6a): a week with no night's cramps recorded
	// has no cramp counts, one with no night at all no habit counts.
	c := func(w insights.WeekFigures, v int) diary.Opt[float64] {
		if !w.CrampsKnown() {
			return diary.Opt[float64]{}
		}
		return diary.Some(float64(v))
	}
	h := func(w insights.WeekFigures, v int) diary.Opt[float64] {
		if !w.DayKnown() {
			return diary.Opt[float64]{}
		}
		return diary.Some(float64(v))
	}
	cm := func(w insights.WeekFigures) diary.Opt[float64] {
		if !w.CrampsKnown() {
			return diary.Opt[float64]{}
		}
		return diary.Some(w.CrampMinutes)
	}
	of := func(o diary.Opt[int]) diary.Opt[float64] {
		if v, ok := o.Get(); ok {
			return diary.Some(float64(v))
		}
		return diary.Opt[float64]{}
	}
	// The figures and their changes are written as the Week screen writes
	// them, through words.Figure: a change is the difference of the figures
	// as written, so 3 against an average of 1.8 is ↑1.2 here and on the
	// screen (issue 11.7).
	rows := []weekRow{
		{"cramp nights", c(cur, cur.CrampNights), c(prev, prev.CrampNights), avg.CrampNights, lowerBetter, words.AsCount, words.AsTenth},
		{"cramps", c(cur, cur.Episodes), c(prev, prev.Episodes), avg.Episodes, lowerBetter, words.AsCount, words.AsTenth},
		{"cramp time", cm(cur), cm(prev), avg.CrampMinutes, lowerBetter, words.AsMinutes, words.AsMinutes},
		{"mean pain (0–10)", cur.MeanIntensity, prev.MeanIntensity, avg.MeanIntensity, lowerBetter, words.AsTenth, words.AsTenth},
		{"worst pain", of(cur.MaxIntensity), of(prev.MaxIntensity), avg.MaxIntensity, lowerBetter, words.AsCount, words.AsTenth},
		{"longest cramp", of(cur.LongestEpisodeS), of(prev.LongestEpisodeS), avg.LongestEpisodeS, lowerBetter, words.AsSeconds, words.AsSeconds},
		{"nights woken by cramps", c(cur, cur.WokeNights), c(prev, prev.WokeNights), avg.WokeNights, lowerBetter, words.AsCount, words.AsTenth},
		{"sleep a night", cur.AvgTotalSleepMin, prev.AvgTotalSleepMin, avg.AvgTotalSleepMin, higherBetter, words.AsSleep, words.AsSleep},
		{"sleep efficiency", cur.AvgSleepEfficiency, prev.AvgSleepEfficiency, avg.AvgSleepEfficiency, higherBetter, words.AsRatio, words.AsRatio},
		{"stretched before bed", h(cur, cur.StretchedNights), h(prev, prev.StretchedNights), avg.StretchedNights, higherBetter, words.AsCount, words.AsTenth},
		{"water goal met", h(cur, cur.WaterGoalNights), h(prev, prev.WaterGoalNights), avg.WaterGoalNights, higherBetter, words.AsCount, words.AsTenth},
		{"no caffeine after cutoff", h(cur, cur.CaffeineCutoffNights), h(prev, prev.CaffeineCutoffNights), avg.CaffeineCutoffNights, higherBetter, words.AsCount, words.AsTenth},
	}
	change := func(row weekRow, than diary.Opt[float64], f words.Figure) string {
		v, ok1 := row.this.Get()
		t, ok2 := than.Get()
		if !ok1 || !ok2 {
			return ""
		}
		d, text := f.Change(v, t)
		if d == 0 {
			return text // "=": no change at the precision shown
		}
		if (d < 0) == (row.way == lowerBetter) {
			return good.Render(text)
		}
		return bad.Render(text)
	}
	show := func(o diary.Opt[float64], f func(float64) string) string {
		if v, ok := o.Get(); ok {
			return f(v)
		}
		return "–"
	}
	tw := table(w)
	fmt.Fprintln(tw, "\tthis week\tlast week\t\t4-week average\t")
	for _, row := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", row.label, show(row.this, row.fig.Write),
			show(row.prev, row.fig.Write), change(row, row.prev, row.fig), show(row.avg, row.avgFig.Write), change(row, row.avg, row.avgFig))
	}
	tw.Flush()

	if len(cur.ByMuscle) > 0 {
		type mc struct {
			m diary.Muscle
			n int
		}
		var ms []mc
		for m, c := range cur.ByMuscle {
			ms = append(ms, mc{m, c})
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i].n > ms[j].n || ms[i].n == ms[j].n && ms[i].m < ms[j].m })
		parts := make([]string, len(ms))
		for i, x := range ms {
			parts[i] = fmt.Sprintf("%s %d", strings.ReplaceAll(string(x.m), "_", " "), x.n)
		}
		fmt.Fprintf(w, "\nMuscles: %s\n", strings.Join(parts, ", "))
	}
	if len(rep.Trend) > 0 {
		fmt.Fprintf(w, "\n12 weeks of cramp nights, oldest first: %s\n", trendLine(rep.Trend))
	}
}

// trendLine draws the weekly cramp nights as a row of block characters, with
// a dot for a week with nothing logged.
func trendLine(trend []insights.TrendWeek) string {
	blocks := []rune("▁▂▃▄▅▆▇█")
	var b strings.Builder
	for _, t := range trend {
		if t.NightsLogged == 0 {
			b.WriteRune('·')
			continue
		}
		b.WriteRune(blocks[min(len(blocks)-1, t.CrampNights)])
	}
	counts := make([]string, len(trend))
	for i, t := range trend {
		counts[i] = fmt.Sprint(t.CrampNights)
	}
	return b.String() + "  (" + strings.Join(counts, " ") + ")"
}
