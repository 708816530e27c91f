package demo

// entry is what the calendar says about one night before any value is drawn:
// whether it was logged, which sections were left out, and what happened.
type entry struct {
	skip       bool // not logged at all: away, or forgotten
	noSleep    bool // the sleep section was left empty
	noPosition bool // the position section was left empty
	noCramps   bool // cramps not recorded (episodes absent)
	flight     bool // the day of the flight home: a long day sitting, little to drink
	newShoes   bool // a day on her feet in new shoes
	firstPill  bool // the first day of the new medicine
}

const (
	// blockNights is the stretch of nights that holds one trip away and one
	// day in new shoes: 16 weeks.
	blockNights = 16 * 7
	// tripMin and tripMax bound the nights away on a trip, which are not logged.
	tripMin, tripMax = 3, 5
	// quietTail is how many of the last nights are always logged whole, so the
	// demo opens on a complete recent month.
	quietTail = 28
	// The chances that a night is forgotten, or logged with a section left out.
	forgetChance     = 1.0 / 60
	noSleepChance    = 1.0 / 30
	noPositionChance = 1.0 / 45
	noCrampsChance   = 1.0 / 40
)

// pillWindow is how many nights either side of the first pill are kept free
// of trips, so that the before-and-after comparison of TRIGGERS.md (28
// nights each side) has its nights.
const pillWindow = 28

// plan lays out the calendar of the story s: one trip of a few nights in
// each 16-week block, a day in new shoes, a few forgotten nights and some
// nights with a section left out, none of them in the last quietTail
// nights. Trips keep out of the weeks around the first pill and of the weeks
// of drinking less, whose nights the planted effects need; the first pill's
// night is logged whole.
func plan(d dice, s story) []entry {
	n, pill := s.n, s.at(diureticFrom)
	es := make([]entry, n)
	if pill >= 0 && pill < n {
		es[pill].firstPill = true
	}
	free := func(k int) bool { return (k < pill-pillWindow || k >= pill+pillWindow) && !s.waterDip(k) }
	open := n - quietTail // nights before the quiet tail
	for start := 0; start < open; start += blockNights {
		end := min(start+blockNights, open)
		length := d.between(tripMin, tripMax)
		// The flight home is the night after the trip, and is logged.
		var places []int
		for at := start; at+length < end; at++ {
			if allFree(at, at+length, free) {
				places = append(places, at)
			}
		}
		if len(places) > 0 {
			at := places[d.r.IntN(len(places))]
			for k := at; k < at+length; k++ {
				es[k].skip = true
			}
			es[at+length].flight = true
		}
		var days []int
		for k := start; k < end; k++ {
			if !es[k].skip && !es[k].flight && !es[k].firstPill {
				days = append(days, k)
			}
		}
		if len(days) > 0 {
			es[days[d.r.IntN(len(days))]].newShoes = true
		}
	}
	for k := 0; k < open; k++ {
		e := &es[k]
		forget := d.chance(forgetChance)
		noSleep, noPosition, noCramps := d.chance(noSleepChance), d.chance(noPositionChance), d.chance(noCrampsChance)
		if e.skip || e.flight || e.newShoes || e.firstPill {
			continue
		}
		e.skip = forget
		e.noSleep, e.noPosition, e.noCramps = noSleep, noPosition, noCramps
	}
	return es
}

// allFree reports whether every night from first to last (inclusive) is free.
func allFree(first, last int, free func(int) bool) bool {
	for k := first; k <= last; k++ {
		if !free(k) {
			return false
		}
	}
	return true
}
