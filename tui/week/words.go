package week

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/crampsdiary/cramps/diary/words"

	"github.com/crampsdiary/cramps/diary"
)

// phrase is a piece of a sentence and how the figure in it moved.
type phrase struct {
	text string
	how  change
}

// title names the week: how far back it is, its days, and how many of its
// nights have their cramps recorded.
func (f *figures) title() (string, string) {
	r := &f.rep
	var when string
	switch back := f.current.DaysSince(r.Start) / 7; back {
	case 0:
		when = "This week"
	case 1:
		when = "Last week"
	default:
		when = strconv.Itoa(back) + " weeks ago"
	}
	logged := strconv.Itoa(r.NightsLogged) + " of " + words.Plural(f.possible(), "night", "nights") + " logged"
	if f.inDiary > r.NightsLogged {
		// Some nights are in the diary without their cramps: "5 of 7
		// nights logged" beside a strip of seven logged nights read as a
		// contradiction; it is their cramps that are missing.
		logged = strconv.Itoa(r.NightsLogged) + " of " + words.Plural(f.possible(), "night's", "nights'") + " cramps logged"
	}
	if f.partial() {
		logged += " so far"
	}
	return when, dateRange(r.Start, r.End) + " · " + logged
}

// headline says in one sentence whether the week went better than the one
// before, on cramp nights and cramp time.
func (f *figures) headline() phrase {
	cur, prev := &f.rep.WeekFigures, &f.rep.Previous
	nights := func(n int) string { return words.Nouns(n, "cramp night") }
	if f.empty {
		return phrase{"Nothing logged yet: log last night on the Log screen (1) and the week fills in.", unknown}
	}
	if cur.NightsLogged == 0 {
		if f.partial() {
			return phrase{"No nights with their cramps recorded this week yet.", unknown}
		}
		return phrase{"No nights with their cramps recorded this week.", unknown}
	}
	if prev.NightsLogged == 0 {
		text := nights(cur.CrampNights)
		if cur.CrampMinutes > 0 && cur.CrampTimeKnown() {
			text += ", cramp time " + words.Minutes(cur.CrampMinutes)
		}
		return phrase{text + "; nothing recorded the week before to compare with.", unknown}
	}
	// A cramp time is said only where both weeks know theirs: a week whose
	// cramps have no durations did not take 0s.
	timeKnown := cur.CrampTimeKnown() && prev.CrampTimeKnown()
	if !f.comparable(float64(prev.NightsLogged)) {
		text := nights(cur.CrampNights) + " in " + strconv.Itoa(cur.NightsLogged) + " logged, against " +
			strconv.Itoa(prev.CrampNights) + " in " + strconv.Itoa(prev.NightsLogged) + " last week"
		if timeKnown {
			text += "; cramp time " + words.Minutes(cur.CrampMinutes) + " against " + words.Minutes(prev.CrampMinutes)
		}
		p := phrase{text + ".", unknown}
		if f.partial() {
			p.text = "So far " + p.text
		}
		return p
	}
	dn := cur.CrampNights - prev.CrampNights
	// Cramp time counts in whole minutes here: seconds either way are noise.
	dm := math.Round(cur.CrampMinutes) - math.Round(prev.CrampMinutes)
	// Each figure as the table writes it (12m30s, not 13m: issue 11.7); one
	// that did not move is said so, not "2 cramp nights, not 2".
	nightsPart := nights(cur.CrampNights) + ", not " + strconv.Itoa(prev.CrampNights)
	if dn == 0 {
		nightsPart = nights(cur.CrampNights) + " as last week"
	}
	timePart := "cramp time " + words.Minutes(cur.CrampMinutes) + ", not " + words.Minutes(prev.CrampMinutes)
	switch {
	case words.Minutes(cur.CrampMinutes) == words.Minutes(prev.CrampMinutes):
		timePart = "cramp time " + words.Minutes(cur.CrampMinutes) + " as last week"
	case dm == 0:
		timePart = "cramp time " + words.Minutes(cur.CrampMinutes) + " against " + words.Minutes(prev.CrampMinutes)
	}
	against := nightsPart + "; " + timePart + "."
	if !timeKnown {
		dm, against = 0, nightsPart+"."
	}
	var p phrase
	switch {
	case dn == 0 && dm == 0:
		p = phrase{"much like last week: " + against, same}
	case dn <= 0 && dm <= 0:
		p = phrase{"better than last week: " + against, good}
	case dn >= 0 && dm >= 0:
		p = phrase{"harder than last week: " + against, bad}
	default:
		p = phrase{"mixed against last week: " + against, unknown}
	}
	if f.partial() {
		p.text = "So far " + p.text
	} else {
		p.text = strings.ToUpper(p.text[:1]) + p.text[1:]
	}
	return p
}

// habits names the habits that changed against last week, most changed
// first, with their counts; it says what went alongside the week, never why.
func (f *figures) habits() []phrase {
	if f.rep.NightsLogged == 0 {
		return nil // nothing recorded, so nothing to say of the habits
	}
	rows := habitRows(&f.rep, f.cutoff)
	says := []string{"stretched on", "water goal met on", "no caffeine after " + f.cutoff.String() + " on"}
	of := " of " + words.Plural(f.possible(), "night", "nights") // "1 of 1 night", not "1 of 1 nights" (issue 11.11)
	if f.inDiary < f.possible() {
		of = " of " + words.Plural(f.inDiary, "logged night", "logged nights")
	}
	if !f.compareHabits() {
		var out []phrase
		for i, r := range rows {
			if r.This.Or(0) == 0 {
				continue // nothing to say: not done, or not recorded
			}
			text := says[i] + " " + words.AsCount.Write(r.This.Or(0))
			if len(out) == 0 {
				text += of
			}
			out = append(out, phrase{text, unknown})
		}
		return out
	}
	type moved struct {
		i   int
		how change
		d   float64
	}
	var ms []moved
	for i, r := range rows {
		if how, d, _ := r.Against(r.Prev, r.Fig); how == good || how == bad {
			ms = append(ms, moved{i, how, d})
		}
	}
	if len(ms) == 0 {
		return []phrase{{"stretching, water and caffeine much as last week", same}}
	}
	sort.SliceStable(ms, func(a, b int) bool { return math.Abs(ms[a].d) > math.Abs(ms[b].d) })
	out := make([]phrase, len(ms))
	for k, m := range ms {
		r := rows[m.i]
		text := says[m.i] + " " + words.AsCount.Write(r.This.Or(0))
		if k == 0 {
			text += of
		}
		out[k] = phrase{text + " against " + words.AsCount.Write(r.Prev.Or(0)), m.how}
	}
	return out
}

// compareHabits reports whether the habits are set against last week's:
// last week was recorded, with about as many nights as this one.
func (f *figures) compareHabits() bool {
	prev := f.rep.Previous.NightsLogged
	return prev > 0 && f.comparable(float64(prev))
}

// muscles lists the muscles of the week's cramps, most first, and those of
// the 4 weeks before.
func (f *figures) muscles() (string, string) {
	return muscleList(f.rep.ByMuscle, words.AsCount.Write), muscleList(f.rep.FourWeekAverage.ByMuscle, words.Decimal)
}

// muscleList writes counts by muscle, most first, then by name.
func muscleList[N int | float64](by map[diary.Muscle]N, format func(float64) string) string {
	type mc struct {
		m diary.Muscle
		n N
	}
	ms := make([]mc, 0, len(by))
	for m, n := range by {
		if n > 0 {
			ms = append(ms, mc{m, n})
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].n > ms[j].n || ms[i].n == ms[j].n && ms[i].m < ms[j].m })
	parts := make([]string, len(ms))
	for i, x := range ms {
		parts[i] = muscleName(x.m) + " " + format(float64(x.n))
	}
	return strings.Join(parts, ", ")
}
