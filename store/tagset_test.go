package store

import (
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

// pinnedTags is the tag of every field of a Night and of the Profile, as
// each binary schema stores it. A schema that is out in diaries never
// changes: a field added, dropped or renumbered makes TestTagSetIsPinned fail
// until SchemaVersion goes up (with a migration) and the new schema gets its
// own entry here, so that an older cramps reads "too new" instead of
// "damaged". Schema 1 stored encoding/json and has no tags.
var pinnedTags = map[int]map[string]byte{
	2: tagsV2,
	3: tagsV2, // schema 3 seals the values; the tags stay those of schema 2
}

// tagsV2 is the tag table of schema 2.
var tagsV2 = map[string]byte{
	"night.Date":          0, // in the header, before the tags (tag 0 is the end tag)
	"night.Sleep.Bedtime": 1, "night.Sleep.LightsOut": 2, "night.Sleep.SleepLatencyMin": 3,
	"night.Sleep.Awakenings": 4, "night.Sleep.WASOMin": 5, "night.Sleep.FinalWake": 6,
	"night.Sleep.OutOfBed": 7, "night.Sleep.Quality": 8,
	"night.Day.WaterML": 16, "night.Day.CaffeineServings": 17, "night.Day.LastCaffeine": 18,
	"night.Day.AlcoholDrinks": 19, "night.Day.ExerciseMin": 20, "night.Day.ExerciseIntensity": 21,
	"night.Day.SittingH": 22, "night.Day.StandingH": 23, "night.Day.HeavySweating": 24,
	"night.Day.FluidLoss": 25, "night.Day.WalkingPain": 26, "night.Day.Stress": 27,
	"night.Day.Stretched": 28, "night.Day.LegsElevated": 29, "night.Day.Massage": 30,
	"night.Day.Supplements": 31, "night.Day.Medications": 32,
	"night.Position.SleepPosition": 40, "night.Position.ToesPointed": 41,
	"night.Position.TightBlankets": 42, "night.Position.LegsCurled": 43,
	"night.Position.KneesSupported": 44,
	"night.Episodes":                48, "night.Notes": 56,
	"night.Episodes[].Time": 1, "night.Episodes[].Muscle": 2, "night.Episodes[].Side": 3,
	"night.Episodes[].DurationS": 4, "night.Episodes[].Intensity": 5, "night.Episodes[].WokeMe": 6,
	"night.Episodes[].Relief": 7, "night.Episodes[].SorenessH": 8, "night.Episodes[].Swelling": 9,
	"night.Episodes[].Numbness": 10, "night.Episodes[].Weakness": 11, "night.Episodes[].Twitching": 12,
	"profile.BirthYear": 1, "profile.Sex": 2, "profile.Pregnant": 3, "profile.Conditions": 4,
	"profile.Medications": 5, "profile.WaterGoalML": 6, "profile.CaffeineCutoff": 7, "profile.WeekStart": 8,
	"profile.Medications[].Name": 1, "profile.Medications[].Class": 2,
	"profile.Medications[].Started": 3, "profile.Medications[].Stopped": 4,
}

// TestTagSetIsPinned encodes, for every field the diary has, a value with
// only that field set, reads the tag it is stored under, and compares the
// whole table with the one pinned for SchemaVersion.
func TestTagSetIsPinned(t *testing.T) {
	want, ok := pinnedTags[SchemaVersion]
	if !ok {
		t.Fatalf("no tag table pinned for schema %d: add one to pinnedTags", SchemaVersion)
	}
	got := codecTags()
	for _, k := range slices.Sorted(maps.Keys(got)) {
		if w, ok := want[k]; !ok {
			t.Errorf("%s is stored under tag %d, which schema %d does not have: a new field needs a new schema", k, got[k], SchemaVersion)
		} else if w != got[k] {
			t.Errorf("%s is stored under tag %d; schema %d stores it under %d", k, got[k], SchemaVersion, w)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(want)) {
		if _, ok := got[k]; !ok {
			t.Errorf("%s (tag %d in schema %d) is no longer stored", k, want[k], SchemaVersion)
		}
	}
}

// codecTags measures the tag table of the current codec.
func codecTags() map[string]byte {
	a := arbitrary{rand.New(rand.NewPCG(8, 9))}
	var nights, profiles []reflect.Value
	for range 300 {
		nights = append(nights, reflect.ValueOf(a.night()))
		profiles = append(profiles, reflect.ValueOf(a.profile()))
	}
	d := diary.NewDate(2026, 11, 21)
	out := map[string]byte{}

	nightTag := func(n diary.Night, elem bool) byte {
		n.Date = d
		base := diary.Night{Date: d}
		at := len(encodeNight(base)) - 1 // before the night's end tag
		if elem {
			base.Episodes = []diary.Episode{{}}
			at = len(encodeNight(base)) - 2 // before the episode's end tag
		}
		return encodeNight(n)[at]
	}
	eachField(nights, "night", func(path string, set func(reflect.Value)) {
		var n diary.Night
		set(reflect.ValueOf(&n).Elem())
		out[path] = nightTag(n, len(n.Episodes) == 1 && path != "night.Episodes")
	})
	profileTag := func(p diary.Profile, elem bool) byte {
		base := diary.Profile{}
		at := len(encodeProfile(base)) - 1
		if elem {
			base.Medications = []diary.Medication{{}}
			at = len(encodeProfile(base)) - 2
		}
		return encodeProfile(p)[at]
	}
	eachField(profiles, "profile", func(path string, set func(reflect.Value)) {
		var p diary.Profile
		set(reflect.ValueOf(&p).Elem())
		out[path] = profileTag(p, len(p.Medications) == 1 && path != "profile.Medications")
	})
	return out
}

// eachField calls fn for each leaf field below the struct values vs (and for
// each slice of structs, as a field of its own and through its elements)
// with a setter that copies a non-zero value of that field, taken from vs,
// into a zero value of vs's type; a field in a slice's element is set in a
// one-element slice.
func eachField(vs []reflect.Value, at string, fn func(path string, set func(reflect.Value))) {
	typ := vs[0].Type()
	for i := range typ.NumField() {
		name := at + "." + typ.Field(i).Name
		ft := typ.Field(i).Type
		var src reflect.Value
		for _, v := range vs {
			if f := v.Field(i); !f.IsZero() && (ft.Kind() != reflect.Slice || f.Len() > 0) {
				src = f
				break
			}
		}
		if !src.IsValid() {
			continue // TestGeneratorsReachEveryField reports it
		}
		switch {
		case ft.Kind() == reflect.Struct && !isOpt(ft):
			var fields []reflect.Value
			for _, v := range vs {
				fields = append(fields, v.Field(i))
			}
			eachField(fields, name, func(path string, set func(reflect.Value)) {
				fn(path, func(dst reflect.Value) { set(dst.Field(i)) })
			})
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct && !isOpt(ft.Elem()):
			fn(name, func(dst reflect.Value) { dst.Field(i).Set(reflect.MakeSlice(ft, 0, 0)) })
			var elems []reflect.Value
			for _, v := range vs {
				for j := range v.Field(i).Len() {
					elems = append(elems, v.Field(i).Index(j))
				}
			}
			eachField(elems, name+"[]", func(path string, set func(reflect.Value)) {
				fn(path, func(dst reflect.Value) {
					one := reflect.MakeSlice(ft, 1, 1)
					set(one.Index(0))
					dst.Field(i).Set(one)
				})
			})
		default:
			fn(name, func(dst reflect.Value) { dst.Field(i).Set(src) })
		}
	}
}
