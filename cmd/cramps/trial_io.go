package main

import (
	"fmt"
	"reflect"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/store"
)

// readTrials reads the trials that can be read, for the export (SPEC §11.4) and the report, noting any damage.
func (a *app) readTrials() ([]diary.Trial, error) {
	s, err := a.openExisting()
	if err != nil {
		return nil, err
	}
	defer s.Close()
	trials, problems, err := s.SoundTrials()
	if err != nil {
		return nil, err
	}
	a.noteDamage(s.Path(), problems)
	return trials, nil
}

// planTrials sorts an import's trials: those already in the diary as they
// are need no writing; one whose id the diary holds with other values is a
// conflict (written only with --overwrite). It returns the trials to write
// and the conflicts in words.
func planTrials(s *store.Store, incoming []diary.Trial) ([]diary.Trial, []string, error) {
	if len(incoming) == 0 {
		return nil, nil, nil
	}
	kept, err := s.Trials()
	if err != nil {
		return nil, nil, err
	}
	byID := make(map[string]diary.Trial, len(kept))
	for _, t := range kept {
		byID[t.ID] = t
	}
	var write []diary.Trial
	var conflicts []string
	for _, t := range incoming {
		old, ok := byID[t.ID]
		switch {
		case ok && reflect.DeepEqual(old, t):
			continue
		case ok:
			conflicts = append(conflicts, "trial "+t.ID+": already in the diary with different values")
		}
		write = append(write, t)
	}
	// A trial of the file that holds nights of one the diary keeps (and the
	// file does not replace) cannot be imported even with --overwrite.
	inFile := make(map[string]bool, len(incoming))
	for _, t := range incoming {
		inFile[t.ID] = true
	}
	var clashes []string
	for _, t := range write {
		for _, k := range kept {
			if !inFile[k.ID] && diary.Overlaps(k, t) {
				clashes = append(clashes, fmt.Sprintf("trial %s (nights %s to %s) overlaps the diary's trial %s (nights %s to %s)",
					t.ID, t.Start, t.End(), k.ID, k.Start, k.End()))
			}
		}
	}
	if len(clashes) > 0 {
		return nil, nil, fmt.Errorf("the file's trials overlap the diary's, and a diary holds one trial at a time; nothing was imported:\n  %s", listed(clashes))
	}
	return write, conflicts, nil
}
