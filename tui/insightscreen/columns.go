package insightscreen

import (
	"github.com/crampsdiary/cramps/insights"
)

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
	// shortEvidence writes "contradicted" as "no effect" where the long word
	// does not fit.
	shortEvidence bool
}

// fitColumns chooses the columns for a table width cells wide: name, with,
// without and verdict always; then, while there is room and in this order,
// the evidence (in short words), a roomier bar, the whole short names, the
// ratio in numbers, the evidence in full words, a wider bar, the q-value,
// the effective sample, a wider bar still and long names.
func fitColumns(width int, rows []row) columns {
	var c columns
	longest := len([]rune("Factor"))
	withW, withoutW := widest("With"), widest("Without")
	verdictW, evidenceW, shortEvidenceW := widest("Verdict"), widest("Evidence"), widest("Evidence")
	ratioW, qW, effW := 0, 0, 0
	for i := range rows {
		r := &rows[i]
		longest = max(longest, widest(r.name))
		withW = max(withW, widest(r.with))
		withoutW = max(withoutW, widest(r.without))
		verdictW = max(verdictW, widest(verdictCell(r)))
		evidenceW = max(evidenceW, widest(evidenceWord(r.evidence())))
		shortEvidenceW = max(shortEvidenceW, widest(evidenceCell(r.evidence(), true)))
		ratioW = max(ratioW, widest(r.ratio))
		qW = max(qW, widest(r.q))
		effW = max(effW, widest(r.effN))
	}
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
	if take(shortEvidenceW + 1) {
		c.evidence, c.shortEvidence = shortEvidenceW, shortEvidenceW < evidenceW
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
	if c.shortEvidence && take(evidenceW-shortEvidenceW) {
		c.evidence, c.shortEvidence = evidenceW, false
	}
	for c.bar+4 <= barWide && take(4) {
		c.bar += 4
	}
	if qW > 0 && take(max(qW, widest("q"))+1) {
		c.q = max(qW, widest("q"))
	}
	if effW > 0 && take(max(effW, widest("Eff. N"))+1) {
		c.effN = max(effW, widest("Eff. N"))
	}
	for c.bar+4 <= barMax && take(4) {
		c.bar += 4
	}
	grow(&c.name, longest)
	return c
}

// evidenceCell is the evidence grade in a table cell; short writes
// "contradicted" as "no effect", which is what good trials found.
func evidenceCell(e insights.Evidence, short bool) string {
	if short && e == insights.EvidenceContradicted {
		return "no effect"
	}
	return evidenceWord(e)
}
