package diary

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
)

// The "trials" list of the interchange document (SPEC §11.4), read like the
// nights: every problem at its path, "trials[0].order[2]: must be AB or BA".

// trials reads the "trials" list, checking each trial as it is read and then
// the list as a whole (ids, overlaps). null and [] both mean none.
func (d *jsonReader) trials(tok jsonToken) ([]Trial, error) {
	if tok.kind == tokNull {
		return nil, nil
	}
	d.enter("trials")
	defer d.leave()
	if tok.kind != tokArray {
		d.problem("must be a list of trials [...]")
		return nil, d.skip(tok)
	}
	ti, err := d.info(reflect.TypeFor[Trial]())
	if err != nil {
		return nil, err
	}
	var ts []Trial
	var ok []bool
	ids := map[string]int{}
	for i := 0; d.lex.more(); i++ {
		ttok, err := d.lex.next()
		if err != nil {
			return nil, err
		}
		d.enterIndex(i)
		var t Trial
		start := len(d.ps)
		if ttok.kind == tokNull {
			d.problem("must be a trial, not null")
		} else if _, err := d.value(ttok, reflect.ValueOf(&t).Elem(), ti); err != nil {
			return nil, err
		}
		if ttok.kind == tokObject {
			d.addChecks(start, t.Validate().Under(d.where()))
			if t.ID != "" {
				unique(d, ids, t.ID, i, "id", func(j int) string { return fmt.Sprintf("%q is also the id of trials[%d]", t.ID, j) })
			}
		}
		ts = append(ts, t)
		ok = append(ok, len(d.ps) == start)
		d.leave()
	}
	d.leave() // trialConflicts writes whole paths
	d.ps = append(d.ps, trialConflicts(ts, ok)...)
	d.enter("trials")
	_, err = d.lex.next() // the closing bracket
	return ts, err
}

// byStart returns the trials in start order, nil when there are none, so an
// export has no "trials" key for a diary that never ran one.
func byStart(ts []Trial) []Trial {
	if len(ts) == 0 {
		return nil
	}
	sorted := slices.Clone(ts)
	slices.SortStableFunc(sorted, func(a, b Trial) int { return cmp.Compare(a.Start, b.Start) })
	return sorted
}
