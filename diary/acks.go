package diary

import (
	"cmp"
	"fmt"
	"slices"
)

// FlagIDs are the ids of the red flags of SPEC §8, in the order of its table.
var FlagIDs = []string{
	"long_episode", "swelling", "weakness", "fluid_loss", "quinine", "numbness", "frequent", "severe",
	"walking_pain", "new_medicine", "heavy_drinking", "no_improvement", "worsening", "sweating", "atypical",
}

// FlagAck records that a doctor has seen a red flag (SPEC §8): the flag's
// id, and the date the user said so. A night dated on or after Date began
// after the acknowledgement, so it may raise the flag again.
type FlagAck struct {
	ID   string `json:"id"`
	Date Date   `json:"date"`
}

// Validate lists what is wrong with an acknowledgement, with paths like
// "id" and "date".
func (a FlagAck) Validate() Problems {
	var ps Problems
	if !slices.Contains(FlagIDs, a.ID) {
		ps = append(ps, Problem{Path: "id", Msg: unknownName("red flag", a.ID, FlagIDs)})
	}
	if y, _, _ := a.Date.YMD(); y < MinYear || y > MaxYear {
		ps = append(ps, Problem{Path: "date", Msg: fmt.Sprintf("must be a date between %d and %d", MinYear, MaxYear)})
	}
	return ps
}

// ValidateAcks checks a list of acknowledgements, each at its path
// ("acknowledged_flags[1].id"), and that no flag is acknowledged twice.
func ValidateAcks(acks []FlagAck) Problems {
	var ps Problems
	first := map[string]int{}
	for i, a := range acks {
		at := fmt.Sprintf("acknowledged_flags[%d]", i)
		ps = append(ps, a.Validate().Under(at)...)
		if j, dup := first[a.ID]; dup {
			ps = append(ps, Problem{Path: at + ".id", Msg: fmt.Sprintf("%q is also acknowledged in acknowledged_flags[%d]; keep one", a.ID, j)})
		} else {
			first[a.ID] = i
		}
	}
	return ps
}

// SetAck returns acks with id acknowledged on date, replacing an earlier
// acknowledgement of the same flag, in the order of FlagIDs.
func SetAck(acks []FlagAck, id string, date Date) []FlagAck {
	out := slices.DeleteFunc(slices.Clone(acks), func(a FlagAck) bool { return a.ID == id })
	out = append(out, FlagAck{ID: id, Date: date})
	SortAcks(out)
	return out
}

// SortAcks puts acks in the order of FlagIDs, the order they are stored and written.
func SortAcks(acks []FlagAck) {
	slices.SortStableFunc(acks, func(a, b FlagAck) int {
		return cmp.Compare(slices.Index(FlagIDs, a.ID), slices.Index(FlagIDs, b.ID))
	})
}
