package insightscreen

import (
	"math"
	"strconv"
	"strings"

	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights"
)

// minSeverityNights is the fewest cramp nights on each side before their
// severity is compared in words: with fewer, a median is one or two nights.
const minSeverityNights = 3

// runsShare is the share of the nights below which the effective sample is
// worth telling: above it, the runs of similar nights change little.
const runsShare = 0.95

// severityP is the p-value under which a severity difference is called
// larger than chance usually gives; the screen adds that many comparisons
// are made, so one such result may still be chance.
const severityP = 0.05

// detailDoc is the page that enter opens on a row.
func detailDoc(r *row, a *insights.Analysis) doc {
	if r.med != nil {
		return medicationDoc(r, a)
	}
	return factorDoc(r, a)
}

func factorDoc(r *row, a *insights.Analysis) doc {
	f, c, s := r.factor, r.cmp, r.subject()
	var d doc
	d.add(blockTitle, f.Name)
	kind := "named by the sources as a possible risk"
	if f.Kind == insights.KindProtective {
		kind = "named by the sources as a possible help"
	}
	d.add(blockMuted, c.Cell(r.reactive.Reactive)+" · evidence: "+evidenceWord(f.Evidence)+" · "+kind)

	d.section("In your diary")
	yourNumbers(&d, r, a)
	if fr, ok := a.Factor(f.ID); ok {
		if c.Verdict != insights.VerdictNotEnoughData {
			d.add(blockText, severityWords(s, fr.Severity))
		}
		d.add(blockText, doseWords(fr.DoseResponse))
	}

	d.section("What it is")
	d.add(blockText, f.About)
	d.section("What the sources say")
	d.add(blockText, f.SourcesSay)
	d.add(blockMuted, "Published evidence: "+evidenceWord(f.Evidence)+" ("+evidenceMeaning(f.Evidence)+"). "+f.Literature)
	d.section("What to try")
	d.add(blockText, f.Try)
	if h, ok := trialHabitFor(f.ID); ok {
		trialOffer(&d, h)
	}
	sources(&d, f.Sources())
	return d
}

func medicationDoc(r *row, a *insights.Analysis) doc {
	m, c := r.med, r.cmp
	class := insights.MedicationClassOf(m.Class)
	var d doc
	d.add(blockTitle, "Started "+m.Name)
	d.add(blockMuted, class.Name+" · "+c.Verdict.Label()+" · evidence: "+evidenceWord(m.Evidence))
	if start, ok := m.Started.Get(); ok {
		line := "Started " + dateWords(start) + "."
		from, okFrom := m.BeforeFrom.Get()
		to, okTo := m.AfterTo.Get()
		if okFrom && okTo {
			line += " Compared: the nights of " + periodWords(from, start.AddDays(-1)) + " (before) against " +
				periodWords(start, to) + " (after)."
		}
		d.add(blockMuted, line)
	}
	d.add(blockWarn, m.Advice)

	d.section("In your diary")
	yourNumbers(&d, r, a)
	if c.Verdict != insights.VerdictNotEnoughData {
		d.add(blockText, severityWords(r.subject(), m.Severity))
	}

	d.section("What is known about " + lowerFirst(class.Name))
	d.add(blockText, class.About)
	d.add(blockMuted, "Published evidence: "+evidenceWord(m.Evidence)+" ("+evidenceMeaning(m.Evidence)+"). "+class.Literature)
	sources(&d, class.Sources())
	return d
}

// yourNumbers tells the user's own counts, the ratio and the verdict; for
// not enough data, what is missing; for a habit that follows the cramps,
// the two shares that show it and the self-experiment that can test it.
func yourNumbers(d *doc, r *row, a *insights.Analysis) {
	c, s := r.cmp, r.subject()
	if c.KnownNights() > 0 {
		d.add(blockText, insights.NumbersSentence(s, c))
	}
	reactive := insights.ReactiveSentence(s, r.id, r.reactive)
	if c.Verdict == insights.VerdictNotEnoughData {
		lead := "Not enough nights yet to judge " + lowerFirst(s.Name) + ". What is missing:"
		if r.group() == groupNoCompare {
			lead = "Your diary cannot compare the nights before and after " + lowerFirst(s.Name) + ":"
		}
		d.add(blockText, lead)
		for _, m := range c.Missing {
			d.add(blockBullet, upperFirst(insights.MissingSentence(s, m))+".")
		}
		d.add(blockText, reactive)
		return
	}
	d.add(blockText, insights.RatioSentence(s, c))
	d.add(blockText, insights.VerdictSentence(s, c))
	if reactive != "" {
		d.add(blockText, reactive)
		if _, ok := trialHabitFor(r.id); ok {
			d.add(blockText, "t plans one on the Trial screen; see \"Test it yourself\" below.")
		}
	} else if c.Verdict == insights.VerdictNoClearLink || c.Verdict == insights.VerdictNoClearChange {
		d.add(blockText, noLinkWords(c, a.Tests))
	}
	d.add(blockMuted, figures(c, a.Tests))
}

// noLinkWords says why a comparison is no clear link, and what more nights
// could do.
func noLinkWords(c insights.Comparison, tests int) string {
	lo, okLo := c.CILow.Get()
	hi, okHi := c.CIHigh.Get()
	why := ""
	switch {
	case len(c.Reasons) > 0:
		return "" // the verdict sentence gave the reasons
	case okLo && okHi && lo <= 1 && 1 <= hi:
		why = "The range includes 1 (no difference), so the diary cannot yet tell a pattern from chance."
	case tests > 1:
		why = "With " + words.Nouns(tests, "comparison") + " made at once, a difference this size can turn up by chance in one of them."
	default:
		why = "A difference this size could well be chance."
	}
	return why + " " + insights.SettleSentence(c)
}

// figures is the statistics behind a verdict, for those who want them.
func figures(c insights.Comparison, tests int) string {
	var parts []string
	if rd, ok := c.RiskDifference.Get(); ok {
		// The crude difference, all nights pooled, and its interval as if the
		// nights were independent: beside a verdict range that includes 1, an
		// interval of +3 to +50 read as a contradiction unless it says so.
		p := "Raw difference in cramp-night rate, all nights pooled: " + points(rd) + " percentage " + pointWord(rd)
		if lo, ok := c.RDLow.Get(); ok {
			p += " (" + points(lo) + " to " + points(c.RDHigh.Or(lo)) + " if the nights were independent"
			if c.CILow.Known() {
				p += "; the verdict goes by the range above"
			}
			p += ")"
		}
		parts = append(parts, p)
	}
	if p, ok := c.PValue.Get(); ok {
		s := pEq("p", p)
		if q, ok := c.QValue.Get(); ok {
			s += ", " + pEq("q", q) + " over " + words.Nouns(tests, "test")
		}
		parts = append(parts, s)
	}
	if n, effN := c.KnownNights(), c.EffectiveN.Or(0); n > 0 && c.EffectiveN.Known() && effN < runsShare*float64(n) {
		parts = append(parts, "The "+words.Count(n)+" nights count as about "+words.Count(int(math.Round(effN)))+
			" separate ones, as similar nights come in runs")
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, ". ") + "."
}

// pointWord is "point" for a difference that rounds to ±1, else "points".
func pointWord(x float64) string {
	if math.Abs(math.Round(x*100)) == 1 {
		return "point"
	}
	return "points"
}

// points writes a difference of rates in percentage points, signed: "+40", "−3", "0".
func points(x float64) string {
	v := int(math.Round(x * 100))
	switch {
	case v > 0:
		return "+" + strconv.Itoa(v)
	case v < 0:
		return "−" + strconv.Itoa(-v)
	}
	return "0"
}

// severityWords compares how long and how painful the cramp nights were on
// each side, saying only what the medians and the test say.
func severityWords(s insights.Subject, sv insights.Severity) string {
	var out []string
	var ps []float64
	var what []string
	minWith, okW := sv.MedianMinutesWith.Get()
	minWithout, okWo := sv.MedianMinutesWithout.Get()
	if okW && okWo && sv.MinutesWithNights >= minSeverityNights && sv.MinutesWithoutNights >= minSeverityNights {
		out = append(out, "On cramp nights "+s.With+", the night's cramping added up to a median of "+words.Minutes(minWith)+
			", against "+words.Minutes(minWithout)+" on cramp nights "+s.Without+".")
		if p, ok := sv.MinutesPValue.Get(); ok {
			ps = append(ps, p)
			what = append(what, "minutes")
		}
	}
	painWith, okW := sv.MedianPainWith.Get()
	painWithout, okWo := sv.MedianPainWithout.Get()
	if okW && okWo && sv.PainWithNights >= minSeverityNights && sv.PainWithoutNights >= minSeverityNights {
		lead := "The worst pain"
		if len(out) == 0 {
			lead = "On cramp nights " + s.With + ", the worst pain"
		}
		out = append(out, lead+" was a median of "+words.Decimal(painWith)+" out of 10, against "+words.Decimal(painWithout)+".")
		if p, ok := sv.PainPValue.Get(); ok {
			ps = append(ps, p)
			what = append(what, "pain")
		}
	}
	if len(out) == 0 {
		return ""
	}
	lowest, which := 1.0, ""
	for i, p := range ps {
		if p < lowest {
			lowest, which = p, what[i]
		}
	}
	if lowest < severityP {
		out = append(out, "The difference in "+which+" is larger than chance usually gives ("+pEq("p", lowest)+
			"), but among the many comparisons on this screen one like it can still be chance.")
	} else if len(ps) > 0 {
		out = append(out, "Differences this size could well be chance.")
	}
	return strings.Join(out, " ")
}

// doseWords tells the dose-response of a factor's numeric input, if it has
// one and enough nights.
func doseWords(dr *insights.DoseResponse) string {
	if dr == nil || dr.Nights < insights.MinKnownNights {
		return ""
	}
	rho, ok := dr.Rho.Get()
	if !ok {
		return ""
	}
	lead := "Across " + words.Nouns(dr.Nights, "night") + ", " + inputWords(dr.Input)
	stat := "(Spearman ρ = " + signed(rho)
	p, pOK := dr.PValue.Get()
	if pOK {
		stat += ", " + pEq("p", p)
	}
	stat += ")"
	switch {
	case pOK && p < severityP && rho > 0:
		return lead + " and the minutes of cramping rose together " + stat + "."
	case pOK && p < severityP && rho < 0:
		return lead + " and the minutes of cramping went opposite ways: more of one went with less of the other " + stat + "."
	}
	return lead + " showed no clear trend with the minutes of cramping " + stat + "."
}

// sources lists the articles by title.
func sources(d *doc, src []insights.Source) {
	if len(src) == 0 {
		return
	}
	d.section("Sources")
	for _, s := range src {
		d.add(blockBullet, s.Cite())
	}
}

// upperFirst raises the first letter of a sentence.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
