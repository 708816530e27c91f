package report

import (
	"io"
	"testing"

	"github.com/crampsdiary/cramps/diary/demo"
)

// BenchmarkReport builds and writes the report of ten years of nights
// (SPEC §10's size), over the default 12 weeks and over all ten years.
func BenchmarkReport(b *testing.B) {
	p, nights := demo.Generate(demo.DefaultSeed, lastNight, 520)
	for _, bc := range []struct {
		name  string
		weeks int
	}{{"12weeks", DefaultWeeks}, {"10years", 520}} {
		period := LastWeeks(lastNight, bc.weeks, p.WeekStart)
		b.Run(bc.name+"/build", func(b *testing.B) {
			for b.Loop() {
				Build(nights, p, period, generated)
			}
		})
		r := Build(nights, p, period, generated)
		b.Run(bc.name+"/markdown", func(b *testing.B) {
			for b.Loop() {
				if err := r.Markdown(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(bc.name+"/html", func(b *testing.B) {
			for b.Loop() {
				if err := r.HTML(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
