package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights"
	"github.com/crampsdiary/cramps/store"
)

func (a *app) showCmd() *cobra.Command {
	var asJSON, usual bool
	cmd := &cobra.Command{
		Use:   "show [DATE]",
		Short: "Show one night (default: last night)",
		Example: `  cramps show
  cramps show 2026-11-20
  cramps show yesterday --json
  cramps show --usual --json`,
		Args: atMostOneArg("DATE"),
		RunE: runE(func(cmd *cobra.Command, args []string) error {
			d := a.lastNight()
			if len(args) == 1 {
				var err error
				if d, err = a.parseDay(args[0]); err != nil {
					return err
				}
			}
			if usual {
				return a.showUsual(cmd.OutOrStdout(), d, asJSON)
			}
			s, err := a.openExisting()
			if err != nil {
				return err
			}
			defer s.Close()
			n, err := s.Night(d)
			if errors.Is(err, store.ErrNotFound) && d > a.today() {
				return fmt.Errorf("no night is logged for %s: it has not begun yet", longDate(d))
			}
			if errors.Is(err, store.ErrNotFound) {
				return fmt.Errorf("no night is logged for %s; log it with 'cramps' or 'cramps log --date %s'", longDate(d), d)
			}
			if errors.Is(err, store.ErrNotDiary) {
				return fmt.Errorf("the night of %s cannot be read: %s is damaged there (%s)\n%s",
					d, s.Path(), damageWords(err), restoreAdvice(s.Path()))
			}
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeDiaryJSON(out, n)
			}
			writeNight(out, renderer(out), n, outWidth(out))
			return nil
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the night as JSON, exactly as in the export")
	cmd.Flags().BoolVar(&usual, "usual", false, "the night as the Log screen fills it in before you change anything: no cramps, your usual day")
	return cmd
}

// showUsual prints the night "no cramps, usual day" for date d, as the Log
// screen prefills it and its n key saves it.
func (a *app) showUsual(out io.Writer, d diary.Date, asJSON bool) error {
	_, nights, err := a.readDiary()
	if err != nil {
		return err
	}
	trials, err := a.readTrials()
	if err != nil {
		return err
	}
	n := diary.UsualNightDuring(d, nights, trials)
	if asJSON {
		return writeDiaryJSON(out, n)
	}
	fmt.Fprintf(out, "%s\n\n", wordwrap(fmt.Sprintf("Your usual night, as the Log screen fills in the night of %s (nothing is saved):", longDate(d)), outWidth(out)))
	writeNight(out, renderer(out), n, outWidth(out))
	return nil
}

func (a *app) listCmd() *cobra.Command {
	var from, to string
	var asJSON, figures bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List nights as a table",
		Example: `  cramps list
  cramps list --from 2026-11-01 --to 2026-11-21
  cramps list --from 2026-11-01 --json
  cramps list --json --figures`,
		Args: cobra.NoArgs,
		RunE: runE(func(cmd *cobra.Command, _ []string) error {
			if figures && !asJSON {
				return fmt.Errorf("--figures goes with --json")
			}
			lo, hi, err := a.dateRange(from, to)
			if err != nil {
				return err
			}
			s, err := a.openExisting()
			if err != nil {
				return err
			}
			defer s.Close()
			nights, problems, err := s.SoundNights(lo, hi)
			if err != nil {
				return err
			}
			a.noteDamage(s.Path(), problems)
			out := cmd.OutOrStdout()
			if figures {
				p, err := s.Profile()
				if err != nil {
					return err
				}
				return writeDiaryJSON(out, nightFiguresOf(nights, p))
			}
			if asJSON {
				return writeDiaryJSON(out, nights)
			}
			if len(nights) == 0 {
				fmt.Fprintln(out, "No nights logged in that range.")
				return nil
			}
			r := renderer(out)
			tw := table(out)
			fmt.Fprintln(tw, r.NewStyle().Bold(true).Render("date")+"\tcramps\tcramp time\tworst\tslept\tefficiency\tnotes")
			for _, n := range nights {
				fmt.Fprintln(tw, strings.Join(listRow(n, max(listNotesMin, outWidth(out)-listNotesAt)), "\t"))
			}
			return tw.Flush()
		}),
	}
	cmd.Flags().StringVar(&from, "from", "", "first night, YYYY-MM-DD (default: the first)")
	cmd.Flags().StringVar(&to, "to", "", "last night, YYYY-MM-DD (default: the last)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the nights as a JSON array, each exactly as in the export")
	cmd.Flags().BoolVar(&figures, "figures", false, "with --json: each night beside the figures the History screen shows for it")
	return cmd
}

// nightFigures is one element of `cramps list --json --figures`: the night
// as exported, and what the History screen works out from it.
type nightFigures struct {
	Night   diary.Night      `json:"night"`
	Figures nightFiguresJSON `json:"figures"`
}

// nightFiguresJSON are one night's figures; null when they cannot be known.
type nightFiguresJSON struct {
	Episodes        diary.Opt[int]     `json:"episodes"`
	CrampMinutes    diary.Opt[float64] `json:"cramp_minutes"`
	MaxIntensity    diary.Opt[int]     `json:"max_intensity"`
	WokeByCramp     diary.Opt[bool]    `json:"woke_by_cramp"`
	TotalSleepMin   diary.Opt[int]     `json:"total_sleep_min"`
	SleepEfficiency diary.Opt[float64] `json:"sleep_efficiency"`
	Factors         []string           `json:"factors"`
}

// nightFiguresOf works out each night's figures as History does.
func nightFiguresOf(nights []diary.Night, p diary.Profile) []nightFigures {
	catalog := insights.Catalog()
	out := make([]nightFigures, len(nights))
	for i, n := range nights {
		f := nightFiguresJSON{MaxIntensity: n.WorstPain(), TotalSleepMin: n.Sleep.TotalSleepMin(),
			SleepEfficiency: n.Sleep.Efficiency(), Factors: []string{}}
		if n.CrampsKnown() {
			f.Episodes = diary.Some(len(n.Episodes))
			if sec, ok := n.CrampTime().Get(); ok {
				f.CrampMinutes = diary.Some(float64(sec) / 60)
			}
			f.WokeByCramp = wokeByCramp(n)
		}
		for _, fac := range catalog {
			if on, known := fac.Exposure(&nights[i], &p); on && known {
				f.Factors = append(f.Factors, fac.ID)
			}
		}
		out[i] = nightFigures{Night: n, Figures: f}
	}
	return out
}

// wokeByCramp says whether a cramp woke the user: yes when one did, no when
// none did and that is known of every cramp, and unknown otherwise.
func wokeByCramp(n diary.Night) diary.Opt[bool] {
	if n.WokeByCramp() {
		return diary.Some(true)
	}
	for _, e := range n.Episodes {
		if !e.WokeMe.Known() {
			return diary.Opt[bool]{}
		}
	}
	return diary.Some(false)
}

// writeDiaryJSON prints nights (a diary.Night or a list of them) as the
// export writes them: two-space indents, absent values left out, and text
// such as "<2 glasses & a cramp>" as it was typed, not HTML-escaped.
func writeDiaryJSON(w io.Writer, v any) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	return bw.Flush()
}

// dateRange reads --from and --to; absent ends are open.
func (a *app) dateRange(from, to string) (diary.Date, diary.Date, error) {
	lo, err := a.dayFlag("from", from, diary.NewDate(diary.MinYear, 1, 1))
	if err != nil {
		return 0, 0, err
	}
	hi, err := a.dayFlag("to", to, diary.NewDate(diary.MaxYear, 12, 31))
	if err != nil {
		return 0, 0, err
	}
	if hi < lo {
		return 0, 0, fmt.Errorf("--to %s is before --from %s", hi, lo)
	}
	return lo, hi, nil
}

// listNotesAt is the column where list's notes begin, the other columns
// being as wide as their headings; listNotesMin is the least of a note shown.
const listNotesAt, listNotesMin = 62, 18

// listRow is one night in `cramps list`, its note cut to notesWidth and
// on one line, so that a row fits the terminal and stays one row: a note's
// line breaks and tabs broke the table, and at 30 characters a row was 92
// columns wide.
func listRow(n diary.Night, notesWidth int) []string {
	dash := "–"
	cramps, crampTime, worst := dash, dash, dash
	if n.CrampsKnown() {
		cramps = words.Count(len(n.Episodes))
		if sec, ok := n.CrampTime().Get(); ok {
			crampTime = words.Duration(sec)
		}
		if p, ok := n.WorstPain().Get(); ok {
			worst = strconv.Itoa(p)
		}
	}
	slept, eff := dash, dash
	if v, ok := n.Sleep.TotalSleepMin().Get(); ok {
		slept = words.SleepTime(v)
	}
	if v, ok := n.Sleep.Efficiency().Get(); ok {
		eff = words.Percent(v)
	}
	notes := ansi.Truncate(strings.Join(strings.Fields(n.Notes), " "), notesWidth, "…")
	return []string{n.Date.Time().Format("Mon 2006-01-02"), cramps, crampTime, worst, slept, eff, notes}
}
