package screen

import (
	"slices"

	"github.com/crampsdiary/cramps/diary"
)

// Data is the diary as the TUI holds it in memory: every night in date order,
// the profile and the self-experiments in start order. A Data is never
// changed once made; a save makes a new one, so a screen may keep the pointer
// and its slices.
type Data struct {
	Nights  []diary.Night
	Profile diary.Profile
	Acks    []diary.FlagAck // the red flags a doctor has seen (SPEC §8)
	Trials  []diary.Trial
}

// NewData returns the diary data of nights (which it sorts by date) and profile.
func NewData(nights []diary.Night, profile diary.Profile) *Data {
	slices.SortFunc(nights, diary.ByDate)
	return &Data{Nights: nights, Profile: profile}
}

// search returns where the night of date is, or would be inserted.
func (d *Data) search(date diary.Date) (int, bool) {
	return slices.BinarySearchFunc(d.Nights, date, func(n diary.Night, t diary.Date) int { return int(n.Date - t) })
}

// Night returns the night of date, if it is logged.
func (d *Data) Night(date diary.Date) (diary.Night, bool) {
	if i, ok := d.search(date); ok {
		return d.Nights[i], true
	}
	return diary.Night{}, false
}

// Logged reports whether the night of date is logged.
func (d *Data) Logged(date diary.Date) bool {
	_, ok := d.search(date)
	return ok
}

// Before returns the nights before date, oldest first; the usual values of a
// night come from them.
func (d *Data) Before(date diary.Date) []diary.Night {
	i, _ := d.search(date)
	return d.Nights[:i]
}

// WithNight returns a copy of d with n added, replacing the night of its date.
func (d *Data) WithNight(n diary.Night) *Data {
	i, found := d.search(n.Date)
	nights := make([]diary.Night, 0, len(d.Nights)+1)
	nights = append(nights, d.Nights[:i]...)
	nights = append(nights, n)
	if found {
		i++
	}
	nights = append(nights, d.Nights[i:]...)
	c := *d // every other part stays
	c.Nights = nights
	return &c
}

// WithoutNight returns a copy of d without the night of date.
func (d *Data) WithoutNight(date diary.Date) *Data {
	i, found := d.search(date)
	if !found {
		return d
	}
	nights := make([]diary.Night, 0, len(d.Nights)-1)
	nights = append(nights, d.Nights[:i]...)
	nights = append(nights, d.Nights[i+1:]...)
	c := *d // every other part stays
	c.Nights = nights
	return &c
}

// WithProfile returns a copy of d with profile p.
func (d *Data) WithProfile(p diary.Profile) *Data {
	c := *d
	c.Profile = p
	return &c
}

// WithAcks returns a copy of d with the acknowledged red flags acks.
func (d *Data) WithAcks(acks []diary.FlagAck) *Data {
	c := *d
	c.Acks = acks
	return &c
}
