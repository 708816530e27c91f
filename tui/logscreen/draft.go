package logscreen

import (
	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/screen"
)

// draft is one night being logged or edited. Its text is what the forms are
// bound to; base is the night as stored, or the prefilled night when none is
// stored yet. A draft lives behind a pointer so the forms' bindings stay put.
type draft struct {
	date     diary.Date
	text     nightText
	base     diary.Night
	logged   bool
	problems problems
	saving   bool
}

// newDraft returns the draft of the night of date: the stored night, or the
// usual night (no cramps, every other field its usual value) when it is not
// logged.
func newDraft(data *screen.Data, date diary.Date) *draft {
	d := &draft{date: date}
	if n, ok := data.Night(date); ok {
		d.base, d.logged = n, true
	} else {
		d.base = usualNight(data, date)
	}
	d.text = encodeNight(d.base)
	d.check()
	return d
}

// usualNight is "no cramps, usual day" for date. The usual values are those
// of the latest nights in the diary: for last night, the nights just
// before it; for a night filled in late, still the user's recent habits.
// During a trial the habit's fields are left unknown: the user answers them.
func usualNight(data *screen.Data, date diary.Date) diary.Night {
	return diary.UsualNightDuring(date, data.Nights, data.Trials)
}

// check reads the text again and keeps its problems.
func (d *draft) check() (diary.Night, problems) {
	n, ps := d.text.parse(d.date)
	d.problems = ps
	return n, ps
}

// Unsaved reports whether the text says something other than base.
func (d *draft) unsaved() bool {
	n, ps := d.text.parse(d.date)
	return len(ps) > 0 || !n.Equal(d.base)
}

// saved records that n is now the stored night. When the text says exactly
// n it is rewritten in its tidy form ("3" minutes becomes "3m").
func (d *draft) saved(n diary.Night) {
	cur, ps := d.text.parse(d.date)
	d.base, d.logged, d.saving = n, true, false
	if len(ps) == 0 && cur.Equal(n) {
		d.text = encodeNight(n)
	}
	d.check()
}

// deleted records that the night is no longer stored; what it held stays
// in the text, unsaved.
func (d *draft) deleted(data *screen.Data) {
	d.logged, d.saving = false, false
	d.base = usualNight(data, d.date)
}
