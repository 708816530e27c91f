package diary

import (
	"reflect"
	"slices"
)

// Forget leaves the fields that say whether night n followed habit h
// unknown: during a trial the user answers them each morning, so they are
// never prefilled from usual values or from the schedule (SPEC §11.3).
//
// The fields are the habit's Fields, the interchange keys that record it,
// so what is forgotten and what the morning asks are one list.
func (h TrialHabit) Forget(n *Night) {
	info, ok := habitTable(h)
	if !ok {
		return
	}
	nv := reflect.ValueOf(n).Elem()
	for _, c := range nightColumns() {
		if slices.Contains(info.fields, c.key) {
			f := nv.Field(c.section).Field(c.field)
			f.SetZero() // None for an Opt, nil ("not recorded") for a list
		}
	}
}

// UsualNightDuring is UsualNight for date with the habit of a trial holding
// that night forgotten: the night "no cramps, usual day" that the Log
// screen prefills and `cramps show --usual` prints.
func UsualNightDuring(date Date, nights []Night, trials []Trial) Night {
	n := UsualNight(date, nights)
	for _, t := range trials {
		if t.Holds(date) {
			t.Habit.Forget(&n)
		}
	}
	return n
}
