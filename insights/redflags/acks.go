package redflags

import (
	"strings"

	"github.com/crampsdiary/cramps/diary"
)

// Acknowledge returns flags with each one a doctor has seen marked
// (SPEC §8): a flag whose id was acknowledged on a date, and that no night
// dated on or after that date raises (every night it comes from began
// before the acknowledgement), carries the date in Acknowledged. A flag
// raised again by a later night is left unmarked. flags is not changed.
func Acknowledge(flags []Flag, acks []diary.FlagAck) []Flag {
	out := make([]Flag, len(flags))
	copy(out, flags)
	for i := range out {
		f := &out[i]
		f.Acknowledged = diary.Opt[diary.Date]{}
		for _, a := range acks {
			if a.ID == f.ID && (len(f.Nights) == 0 || f.Nights[len(f.Nights)-1] < a.Date) {
				f.Acknowledged = diary.Some(a.Date)
			}
		}
	}
	return out
}

// Banners returns the flags that belong in the banners: those not acknowledged.
func Banners(flags []Flag) []Flag {
	out := []Flag{}
	for _, f := range flags {
		if !f.Acknowledged.Known() {
			out = append(out, f)
		}
	}
	return out
}

// Name is a red flag's name in a few words: "a cramp over 10 minutes".
func Name(id string) string {
	switch id {
	case "long_episode":
		return "a cramp over 10 minutes"
	case "swelling":
		return "swelling, redness or warmth in the leg"
	case "weakness":
		return "weakness or twitching with cramps"
	case "fluid_loss":
		return "cramps after vomiting or diarrhoea"
	case "quinine":
		return "quinine taken"
	case "numbness":
		return "numbness or tingling that stayed"
	case "frequent":
		return "frequent cramps"
	case "severe":
		return "severe pain"
	case "walking_pain":
		return "leg pain on walking, eased by rest"
	case "new_medicine":
		return "more cramps since a new medicine"
	case "heavy_drinking":
		return "heavy drinking"
	case "no_improvement":
		return "no improvement with stretching"
	case "worsening":
		return "cramps getting worse"
	case "sweating":
		return "cramps after heavy sweating"
	case "atypical":
		return "cramps mostly outside the calf and foot"
	}
	return strings.ReplaceAll(id, "_", " ")
}
