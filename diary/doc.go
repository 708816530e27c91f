// Package diary is the domain of cramps: a Night with its sleep, day,
// position and cramp episodes, the Profile, their enumerations and
// validation, the parsing of durations and clock times, sleep arithmetic,
// usual values for prefilling, and the interchange formats (JSON and CSV).
//
// It is pure: no terminal, no storage, no clock. Callers pass dates and times in.
package diary
