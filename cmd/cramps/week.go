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
	"github.com/crampsdiary/cramps/tui/nightcard"
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
			if start := diary.WeekStartOf(day, p.FirstWeekday()); start > a.lastNight() {
				// Not a week of figures all "–" under red flags of today, and
				// "0 of 0 nights logged so far".
				given := "--date " + date
				if isoWeek != "" {
					given = "--week " + isoWeek
				}
				return fmt.Errorf("%s: the week of %s has not begun yet; the latest is this week, which holds last night (%s)", given, longDate(start), a.lastNight())
			}
			rep := insights.Week(nights, p, diary.WeekStartOf(day, p.FirstWeekday()), a.lastNight())
			rep.RedFlags = redflags.Acknowledge(rep.RedFlags, a.acks)
			inDiary := 0
			for _, n := range nights {
				if n.Date >= rep.Start && n.Date <= rep.End {
					inDiary++
				}
			}
			return printFigures(cmd.OutOrStdout(), asJSON, rep, func(w io.Writer, r *lipgloss.Renderer, rep insights.WeekReport, width int) {
				writeWeek(w, r, rep, p.Cutoff(), a.lastNight(), inDiary, width)
			})
		}),
	}
	cmd.Flags().StringVar(&isoWeek, "week", "", "an ISO week, e.g. 2026-W47 (with weeks from Sunday, the one holding its Monday)")
	cmd.Flags().StringVar(&date, "date", "", "the week holding this night, YYYY-MM-DD")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the figures as JSON (the format is in the README)")
	return cmd
}

// writeWeek prints the week for people; cutoff is the profile's caffeine
// cutoff, last the latest night that has ended, inDiary how many of the
// week's nights are in the diary, with their cramps or without.
func writeWeek(w io.Writer, r *lipgloss.Renderer, rep insights.WeekReport, cutoff diary.Clock, last diary.Date, inDiary int, width int) {
	width = min(width, maxTextWidth)
	bold := r.NewStyle().Bold(true)
	good := r.NewStyle().Foreground(lipgloss.Color("2")) // the terminal's own green and yellow suit its background
	bad := r.NewStyle().Foreground(lipgloss.Color("3"))

	// Of the nights that have ended, as the Week screen counts them.
	possible := max(0, min(7, last.DaysSince(rep.Start)+1))
	logged := words.Count(rep.NightsLogged) + " of " + words.Plural(possible, "night", "nights") + " logged"
	if inDiary > rep.NightsLogged {
		// As the Week screen's title: nights in the diary without their
		// cramps are logged; it is their cramps that are missing.
		logged = words.Count(rep.NightsLogged) + " of " + words.Plural(possible, "night's", "nights'") + " cramps logged"
	}
	if possible < 7 {
		logged += " so far"
	}
	fmt.Fprintf(w, "%s — %s\n\n", bold.Render("Week of "+rep.Start.Time().Format("Mon 2 Jan")+" to "+rep.End.Time().Format("Mon 2 Jan 2006")), logged)
	writeRedFlags(w, r, redflags.Banners(rep.RedFlags), width)

	// The Week screen's rows, written as the screen writes them (insights;
	// issue 11.7), and the nights woken by cramps, which the command line has
	// room for.
	rows := append(insights.WeekCrampRows(&rep, true), insights.WeekHabitRows(&rep, cutoff)...)
	// Against a week with a different number of nights logged (a week still
	// going on, above all), a figure that adds up over nights shows no
	// change, and the others show theirs uncoloured, as on the Week screen.
	change := func(row insights.WeekRow, than diary.Opt[float64], f words.Figure, thanLogged float64) string {
		judge := insights.Comparable(rep.NightsLogged, thanLogged)
		if !judge && row.Sum {
			return ""
		}
		switch how, _, text := row.Against(than, f); {
		case judge && how == insights.ChangeGood:
			return good.Render(text)
		case judge && how == insights.ChangeBad:
			return bad.Render(text)
		default:
			return text // "=" when no change shows, "" when a week is unknown
		}
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
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", row.Label, show(row.This, row.Fig.Write),
			show(row.Prev, row.Fig.Write), change(row, row.Prev, row.Fig, float64(rep.Previous.NightsLogged)),
			show(row.Avg, row.AvgFig.Write), change(row, row.Avg, row.AvgFig, rep.FourWeekAverage.LoggedPerRecordedWeek()))
	}
	tw.Flush()

	if cur := rep.WeekFigures; len(cur.ByMuscle) > 0 {
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
			parts[i] = fmt.Sprintf("%s %d", nightcard.Label(x.m), x.n)
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
		if t.NightsLogged == 0 {
			counts[i] = "–" // not 0: the week is unknown, as its dot and the table's "–" say
		}
	}
	return b.String() + "  (" + strings.Join(counts, " ") + ")"
}
