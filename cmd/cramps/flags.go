package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/redflags"
)

func (a *app) flagsCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "flags",
		Short: "Red flags: those the diary raises; say that a doctor has seen one",
		Long: `Red flags are patterns in the diary that the sources say a doctor should
hear about (they show on the Week and Insights screens, in 'cramps insights'
and in the report). Once a doctor has seen one, acknowledge it: it stays
listed in Insights and the report as seen on that date, and leaves the
banners until a later night raises it again.`,
		Example: "  cramps flags                  # the red flags the diary raises, with their ids\n  cramps flags --json\n  cramps flags ack long_episode",
		Args:    cobra.NoArgs,
		RunE: runE(func(cmd *cobra.Command, _ []string) error {
			p, nights, err := a.readDiary()
			if err != nil {
				return err
			}
			flags := redflags.Acknowledge(redflags.Check(nights, p, a.lastNight()), a.acks)
			if asJSON {
				if flags == nil {
					flags = []redflags.Flag{}
				}
				return writeJSON(cmd.OutOrStdout(), flags)
			}
			return writeFlagList(cmd.OutOrStdout(), flags)
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the red flags as JSON, as in 'cramps insights --json' (the format is in the README)")
	ack := &cobra.Command{
		Use:       "ack ID",
		Short:     "Say that a doctor has seen a red flag",
		Example:   "  cramps flags ack long_episode",
		Args:      oneArg("ID"),
		ValidArgs: diary.FlagIDs,
		RunE: runE(func(cmd *cobra.Command, args []string) error {
			id := args[0]
			if !slices.Contains(diary.FlagIDs, id) {
				return fmt.Errorf("%q is not a red flag; the ids are %s", id, strings.Join(diary.FlagIDs, ", "))
			}
			// Only a flag the diary raises can have been seen: acknowledging
			// another, or one in a diary not yet begun (which ack used to
			// create), would hide it from the banners before it is ever shown.
			p, nights, err := a.readDiary()
			if err != nil {
				return err
			}
			if !slices.ContainsFunc(redflags.Check(nights, p, a.lastNight()), func(f redflags.Flag) bool { return f.ID == id }) {
				return fmt.Errorf("the diary does not raise %s (%s) as of last night, so there is nothing for a doctor to have seen; nothing was changed ('cramps flags' lists the red flags it raises)",
					id, redflags.Name(id))
			}
			s, err := a.open()
			if err != nil {
				return err
			}
			defer s.Close()
			acks, err := s.Acks()
			if err != nil {
				return err
			}
			today := diary.DateOf(a.now())
			if err := s.PutAcks(diary.SetAck(acks, id, today)); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Noted: a doctor has seen %s (%s), on %s. It leaves the banners until a later night raises it again.\n",
				id, redflags.Name(id), today.Time().Format("Monday 2 January 2006"))
			return nil
		}),
	}
	cmd.AddCommand(ack)
	return cmd
}

// writeFlagList lists the red flags the diary raises, a line each with the
// id that 'cramps flags ack' takes, most urgent first.
func writeFlagList(w io.Writer, flags []redflags.Flag) error {
	if len(flags) == 0 {
		_, err := fmt.Fprintln(w, "None of the warning patterns that cramps checks for shows in the diary.")
		return err
	}
	width := 0
	for _, f := range flags {
		width = max(width, len(f.ID))
	}
	for _, f := range flags {
		line := fmt.Sprintf("%-*s  %s: %s", width, f.ID, flagLevelWords[f.Level], redflags.Name(f.ID))
		if d, ok := f.Acknowledged.Get(); ok {
			line += " (a doctor has seen it: acknowledged " + d.Time().Format("Mon 2 Jan 2006") + ")"
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, "\n"+wordwrap("'cramps insights' says more; 'cramps flags ack ID' once a doctor has seen one.", outWidth(w)))
	return err
}
