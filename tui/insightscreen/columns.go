package insightscreen

// The widths the table's columns grow within.
const (
	nameMin    = 10
	nameTarget = 16 // enough for every short factor name
	barMin     = minBarWidth
	barRoomy   = 13 // ¼ ½ 1 2 4 three cells apart
	barWide    = 21 // five cells apart
	barMax     = 33
)

// columns are the widths of the table's columns at one width of the
// screen; 0 leaves a column out. The cursor's two cells come first.
type columns struct {
	name, with, without, bar, ratio, verdict, evidence, q, effN int
	// medShort names every medication row by the medicine alone, when the
	// name column is too narrow for some "Started …" whole.
	medShort bool
}

// fitColumns chooses the columns for a table width cells wide: name, with,
// without and verdict always; then, while there is room and in this order,
// the evidence, a roomier bar, the whole short names, the ratio in numbers,
// every name whole (a medicine by its own name), a wider bar, the q-value,
// the effective sample, a medicine's whole "Started …", and a wider bar still.
func fitColumns(width int, rows []row) columns {
	var c columns
	// longest is the widest name as the column may write it (a medication
	// by its own name), whole the widest as it would rather (with "Started").
	longest, whole := len([]rune("Factor")), 0
	withW, withoutW := widest("With"), widest("Without")
	verdictW, evidenceW := widest("Verdict"), widest("Evidence")
	ratioW, qW, effW := 0, 0, 0
	for i := range rows {
		r := &rows[i]
		whole = max(whole, widest(r.name))
		if r.short != "" {
			longest = max(longest, widest(r.short))
		} else {
			longest = max(longest, widest(r.name))
		}
		withW = max(withW, widest(r.with))
		withoutW = max(withoutW, widest(r.without))
		verdictW = max(verdictW, widest(verdictCell(r)))
		evidenceW = max(evidenceW, widest(evidenceWord(r.evidence())))
		ratioW = max(ratioW, widest(r.ratio))
		qW = max(qW, widest(r.q))
		effW = max(effW, widest(r.effN))
	}
	// One cell more after the verdict, so that its words and the evidence's
	// do not read as one phrase ("not enough data  weak", not "…data weak").
	verdictW++
	c.with, c.without, c.verdict = withW, withoutW, verdictW
	c.name, c.bar = nameMin, barMin
	room := width - 2 - (withW + 1) - (withoutW + 1) - (verdictW + 1) - (nameMin + 1) - (barMin + 1)
	if room < 0 {
		c.name = max(4, c.name+room)
		return c
	}
	take := func(need int) bool {
		if room >= need {
			room -= need
			return true
		}
		return false
	}
	if take(evidenceW + 1) {
		c.evidence = evidenceW
	}
	if take(barRoomy - barMin) {
		c.bar = barRoomy
	}
	grow := func(w *int, to int) {
		d := min(max(0, to-*w), room)
		*w += d
		room -= d
	}
	grow(&c.name, min(longest, nameTarget))
	if ratioW > 0 && take(ratioW+1) {
		c.ratio = ratioW
	}
	// Every name whole before a wider bar: a medicine's name was cut even at
	// 160 columns (issue 11.13).
	grow(&c.name, longest)
	for c.bar+4 <= barWide && take(4) {
		c.bar += 4
	}
	if qW > 0 && take(max(qW, widest("q"))+1) {
		c.q = max(qW, widest("q"))
	}
	if effW > 0 && take(max(effW, widest("Eff. N"))+1) {
		c.effN = max(effW, widest("Eff. N"))
	}
	if room >= whole-c.name {
		grow(&c.name, whole) // "Started …" whole, before the widest bar
	}
	for c.bar+4 <= barMax && take(4) {
		c.bar += 4
	}
	c.medShort = c.name < whole
	return c
}
