package report

// htmlTemplate is the page of the HTML report. Its styles are for screen and
// print in light colours; in print every block that would read badly when
// cut (a chart, a table, a red flag) stays whole on its page.
const htmlTemplate = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{{.Title}}</title>
<style>
@page { margin: 10mm 12mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #23272b;
  font: 10pt/1.38 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
main { max-width: 188mm; margin: 0 auto; padding: 14px 16px 24px; }
h1 { font-size: 15pt; margin: 0 0 6px; color: #1f3d5c; }
h2 { font-size: 11pt; margin: 12px 0 4px; padding-bottom: 2px; color: #1f3d5c; border-bottom: 1px solid #d3dce6; break-after: avoid; }
p { margin: 3px 0; }
ul { margin: 3px 0; padding-left: 16px; }
li { margin: 1px 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 1px 10px; margin: 0; }
dt { font-weight: 600; color: #3d4a57; }
dd { margin: 0; }
.notice { margin-top: 6px; padding: 4px 8px; background: #f3f5f7; border-left: 3px solid #a3b1bf; font-size: 9pt; }
.glance { margin-top: 8px; padding: 6px 8px; background: #f6f9fc; border: 1px solid #dce5ee; border-radius: 3px; }
.glance dt { color: #1f3d5c; }
.flag { margin: 4px 0; padding: 4px 8px; border-left: 4px solid #7aa6d6; background: #eef4fb; break-inside: avoid; }
.flag.urgent { border-color: #c9564f; background: #fcefee; }
.flag.see_doctor { border-color: #d99a3d; background: #fdf5e8; }
.noflags { color: #3d4a57; }
.meta, .note { color: #5b6773; font-size: 8.5pt; }
table { border-collapse: collapse; font-size: 9pt; margin: 3px 0; break-inside: avoid; }
th, td { padding: 1px 7px; text-align: right; border-bottom: 1px solid #e4e9ee; vertical-align: top; }
th { font-weight: 600; color: #3d4a57; border-bottom-color: #c9d3dd; }
th:first-child, td:first-child { text-align: left; padding-left: 0; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 18px; align-items: start; }
.cols.severity { grid-template-columns: auto 1fr; }
figure { margin: 4px 0 2px; break-inside: avoid; }
figcaption { font-size: 8.5pt; color: #5b6773; }
svg { display: block; width: 100%; height: auto; }
svg text { font-size: 9px; fill: #5b6773; }
.grid { stroke: #e8ecf0; stroke-width: 1; }
.logged { fill: #dbe5ef; }
.cramp { fill: #6b98c8; }
svg .count { fill: #23272b; font-size: 9px; }
.band { fill: #f4e6c8; stroke: #d9b36c; stroke-width: 0.8; }
svg .bandlabel { fill: #4a3b1c; font-size: 8.5px; }
.start { stroke: #c08a3a; stroke-width: 1; stroke-dasharray: 3 2; }
.key { display: inline-block; width: 9px; height: 9px; margin: 0 3px 0 8px; vertical-align: -1px; border-radius: 1px; }
.key.cramp { background: #6b98c8; }
.key.logged { background: #dbe5ef; }
.key.band { background: #f4e6c8; border: 1px solid #d9b36c; }
.key.start { border-left: 1.5px dashed #c08a3a; width: 4px; border-radius: 0; }
.factor, .med, .trial { margin: 3px 0; break-inside: avoid; }
.sources { font-size: 8pt; color: #3d4a57; }
footer { margin-top: 10px; }
@media print {
  body { font-size: 9pt; line-height: 1.3; }
  main { max-width: none; padding: 0; }
  h2 { margin-top: 9px; }
  section, .glance { break-inside: auto; }
}
</style>
</head>
<body>
<main>
<header>
<h1>{{.Title}}</h1>
<dl class="facts">{{range .Facts}}
<dt>{{.Label}}</dt><dd>{{.Value}}</dd>{{end}}
</dl>
<p class="notice">{{.Notice}}</p>
</header>

<section class="glance">
<dl>{{range .Glance}}
<dt>{{.Label}}</dt><dd>{{.Value}}</dd>{{end}}
</dl>
</section>

<section>
<h2>{{.FlagsTitle}}</h2>{{if .NoFlags}}
<p class="noflags">{{.NoFlags}}</p>{{end}}{{range .Flags}}
<div class="flag {{.Level}}">
<p><strong>{{.Urgency}}: {{.Name}}.</strong> {{.Message}}</p>
<p class="meta">{{.Nights}}{{if and .Nights .Refs}} · {{end}}{{if .Refs}}Sources {{.Refs}}{{end}}</p>
</div>{{end}}
</section>

<section>
<h2>How often and how bad</h2>{{with .Chart}}{{if .Bars}}
<figure>
<svg viewBox="0 0 {{.Width}} {{.Height}}" role="img" aria-label="{{.Label}}">
<title>{{.Label}}</title>{{range .Grid}}
<line class="grid" x1="{{.X1}}" y1="{{.Y1}}" x2="{{.X2}}" y2="{{.Y2}}"/><text x="{{.LabelX}}" y="{{.LabelY}}" text-anchor="end">{{.Label}}</text>{{end}}{{range .Bars}}
<g><title>{{.Title}}</title><rect class="logged" x="{{.X}}" y="{{.LoggedY}}" width="{{.W}}" height="{{.LoggedH}}"/>{{if .HasCramps}}<rect class="cramp" x="{{.X}}" y="{{.CrampY}}" width="{{.W}}" height="{{.CrampH}}"/>{{end}}{{with .Count}}{{if .Text}}<text class="count" x="{{.X}}" y="{{.Y}}" text-anchor="{{.Anchor}}">{{.Text}}</text>{{end}}{{end}}</g>{{end}}{{range .XLabels}}
<text x="{{.X}}" y="{{.Y}}" text-anchor="{{.Anchor}}">{{.Text}}</text>{{end}}{{range .Starts}}
<line class="start" x1="{{.X1}}" y1="{{.Y1}}" x2="{{.X2}}" y2="{{.Y2}}"/>{{end}}{{range .Meds}}
<g><title>{{.Title}}</title><rect class="band" x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="{{.H}}" rx="2"/>{{with .Label}}<text class="bandlabel" x="{{.X}}" y="{{.Y}}" text-anchor="{{.Anchor}}">{{.Text}}</text>{{end}}</g>{{end}}
</svg>
<figcaption>{{$.WeekNote}} <span class="key cramp"></span>cramp nights<span class="key logged"></span>nights logged{{if .Meds}}<span class="key band"></span>medicine taken{{end}}{{if .Starts}}<span class="key start"></span>medicine started{{end}}</figcaption>
</figure>{{else}}
<p>{{$.WeekNote}}</p>{{end}}{{end}}
<div class="cols severity">
<div>{{template "table" .Muscles}}</div>
<ul>{{range .Severity}}
<li>{{.}}</li>{{end}}
</ul>
</div>
</section>

<section>
<h2>Sleep</h2>
{{template "table" .Sleep}}{{if .SleepNote}}
<p class="note">{{.SleepNote}}</p>{{end}}
</section>

<section>
<h2>Medications</h2>{{if not .Meds}}
<p>No medicines in the profile.</p>{{end}}{{range .Meds}}
<div class="med">
<p><strong>{{.Name}}</strong> · {{.Class}} · {{.Dates}}.{{range .Sentences}} {{.}}{{end}}</p>
<p class="note">{{.Evidence}} {{.Refs}}</p>
</div>{{end}}{{if .Meds}}
<p><strong>{{.MedNote}}</strong></p>{{end}}
</section>

<section>
<h2>What goes with the cramps in this diary</h2>{{range .Factors}}
<div class="factor">
<p><strong>{{.Name}}: {{.Verdict}}.</strong>{{range .Sentences}} {{.}}{{end}}</p>
<p class="note">{{.Evidence}} {{.Refs}}</p>
</div>{{end}}{{if .NoLink}}
<p>{{.NoLink}}</p>{{end}}{{if .NotEnough}}
<p>{{.NotEnough}}</p>{{end}}
<p class="note">{{.FactorsNote}}</p>
</section>

<section>
<h2>What has been tried</h2>
{{template "table" .Tried}}{{if .ReliefNote}}
<p>{{.ReliefNote}}</p>{{end}}
</section>

{{if .Trials}}<section>
<h2>Self-experiments</h2>{{range .Trials}}
<div class="trial">
<p><strong>{{.Name}}</strong> · {{.Status}} · {{.Dates}} · {{.Design}}.{{range .Sentences}} {{.}}{{end}}</p>
</div>{{end}}
<p class="note">{{.TrialsNote}}</p>
</section>

{{end}}<footer class="sources">
<h2>Sources</h2>
<p>{{range $i, $s := .Sources}}{{if $i}} · {{end}}{{$s}}{{end}}</p>
<p>{{.EvidenceNote}}</p>
<p><em>{{.Footer}}</em></p>
</footer>
</main>
</body>
</html>
{{define "table"}}{{if .Rows}}<table>
<thead><tr>{{range .Head}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>{{range .Rows}}
<tr>{{range .}}<td>{{.}}</td>{{end}}</tr>{{end}}
</tbody>
</table>{{else}}<p>{{.Empty}}</p>{{end}}{{end}}`
