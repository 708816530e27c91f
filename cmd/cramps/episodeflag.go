package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/crampsdiary/cramps/diary"
)

// episodeHelp explains the --episode value.
const episodeHelp = `a cramp, "MUSCLE,SIDE,DURATION,PAIN" and extras
(above); once for each cramp`

// parseEpisode reads one --episode value.
func parseEpisode(s string) (diary.Episode, error) {
	var e diary.Episode
	parts := strings.Split(s, ",")
	if strings.TrimSpace(s) == "" {
		return e, fmt.Errorf("empty cramp; write e.g. \"calf,left,4m,7\"")
	}
	positional := []string{"muscle", "side", "duration", "intensity"}
	given := map[string]string{} // what each part set, by the name it is known by: one value each
	for i, raw := range parts {
		p := strings.TrimSpace(raw)
		key, val, isKV := strings.Cut(p, "=")
		if !isKV {
			if i >= len(positional) {
				if _, relief := given["relief"]; relief {
					if _, err := parseWord(p, diary.Reliefs); err == nil {
						return e, fmt.Errorf("%q: join several reliefs with +, as in relief=stretch+walk", p)
					}
				}
				return e, fmt.Errorf("%q: after MUSCLE,SIDE,DURATION,PAIN only key=value extras may follow", p)
			}
			if p == "" {
				continue
			}
			key, val = positional[i], p
		}
		key = strings.ToLower(strings.TrimSpace(key))
		name := episodeKeyNames[key]
		if name == "" {
			name = key
		}
		if before, ok := given[name]; ok {
			return e, fmt.Errorf("%s is given twice (%s and %s); give it once", name, before, p)
		}
		given[name] = p
		if err := setEpisodeKey(&e, key, strings.TrimSpace(val)); err != nil {
			return e, err
		}
	}
	if len(given) == 0 { // ",,,": as empty as "", and no cramp the user described
		return e, fmt.Errorf("empty cramp; write e.g. \"calf,left,4m,7\"")
	}
	return e, nil
}

// episodeKeyNames names a cramp's parts as the errors do, whichever of
// their names was typed ("intensity" or the pain of MUSCLE,SIDE,DURATION,PAIN).
var episodeKeyNames = map[string]string{
	"duration": "duration", "duration_s": "duration", "intensity": "pain", "pain": "pain",
	"woke": "woke_me", "woke_me": "woke_me", "soreness": "soreness_h", "soreness_h": "soreness_h",
}

func setEpisodeKey(e *diary.Episode, key, val string) error {
	setBool := func(at *diary.Opt[bool]) error {
		b, err := parseBool(val)
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		*at = diary.Some(b)
		return nil
	}
	switch key {
	case "muscle":
		m, err := parseWord(val, diary.Muscles)
		if err != nil {
			return fmt.Errorf("muscle: %w", err)
		}
		e.Muscle = m
	case "side":
		sd, err := parseWord(val, diary.Sides)
		if err != nil {
			return fmt.Errorf("side: %w", err)
		}
		e.Side = sd
	case "duration", "duration_s":
		sec, err := diary.ParseDuration(val)
		if err != nil {
			return fmt.Errorf("duration: %w", err)
		}
		e.DurationS = diary.Some(sec)
	case "pain", "intensity":
		n, err := strconv.Atoi(val)
		if err != nil {
			return fmt.Errorf("pain: %q is not a whole number from 0 to 10", val)
		}
		e.Intensity = diary.Some(n)
	case "time":
		c, err := diary.ParseClock(val)
		if err != nil {
			return fmt.Errorf("time: %w", err)
		}
		e.Time = diary.Some(c)
	case "woke_me", "woke":
		return setBool(&e.WokeMe)
	case "relief":
		l, err := parseList(strings.ReplaceAll(val, "+", ","), diary.Reliefs)
		if err != nil {
			return fmt.Errorf("relief: %w", err)
		}
		e.Relief = l
	case "soreness_h", "soreness":
		f, err := strconv.ParseFloat(val, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Errorf("soreness_h: %q is not a number of hours", val)
		}
		e.SorenessH = diary.Some(f)
	case "swelling":
		return setBool(&e.Swelling)
	case "numbness":
		return setBool(&e.Numbness)
	case "weakness":
		return setBool(&e.Weakness)
	case "twitching":
		return setBool(&e.Twitching)
	default:
		return fmt.Errorf("%q is not something a cramp records; use time, woke_me, relief, soreness_h, swelling, numbness, weakness or twitching", key)
	}
	return nil
}
