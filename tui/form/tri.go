package form

import "github.com/crampsdiary/cramps/diary"

// The words of the tri-state and list fields, on the Log's and the
// Profile's forms alike. An empty string is "not recorded"; a list with
// nothing ticked is "not recorded" too, and None ticked is the recorded
// empty list.
const (
	Yes  = "yes"
	No   = "no"
	None = "none"
)

// TriOptions are the options of a yes, no or not recorded field.
func TriOptions() []Option { return []Option{Opt(Yes), Opt(No), {Value: "", Label: "—"}} }

// Tri reads a tri-state field: Yes, No, or not recorded.
func Tri(s string) diary.Opt[bool] {
	switch s {
	case Yes:
		return diary.Some(true)
	case No:
		return diary.Some(false)
	}
	return diary.None[bool]()
}

// TriText writes a value known or not as a tri-state field holds it.
func TriText(o diary.Opt[bool]) string {
	switch v, ok := o.Get(); {
	case !ok:
		return ""
	case v:
		return Yes
	}
	return No
}
