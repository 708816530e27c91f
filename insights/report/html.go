package report

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
)

// HTML writes the report as one self-contained, printable HTML page: the
// styles and the SVG chart are inline, and nothing is fetched from
// anywhere — no script, font, image or link. html/template escapes every
// text, so a medicine's name from the profile cannot become markup. The page
// is also well-formed XML, which the tests use to check it strictly.
func (r Report) HTML(w io.Writer) error {
	t, err := template.New("report").Parse(htmlTemplate)
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	bw := bufio.NewWriter(w)
	if err := t.Execute(bw, r.page()); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}
