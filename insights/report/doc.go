// Package report builds the doctor's report of `cramps report`: a summary of
// a period of the diary that a clinician can read in two minutes — how
// often, how bad, since when, what goes with the cramps, what was tried,
// and what to check — as Markdown or as one self-contained, printable HTML
// page.
//
// It is pure, like the insights package it builds on: it takes the nights,
// the profile, the period and the time the report is made, and returns or
// writes the report; no storage, no terminal, no clock. Every figure the
// insights package already computes (the factor verdicts and their counts,
// the medication comparisons, the red flags, the background factors, the
// weekly counts) is taken from it, not worked out again; the summaries only
// a report needs (episodes by muscle and side, durations and pain, the
// Consensus Sleep Diary means on cramp nights and other nights, what eased
// the cramps) live here.
//
// The words are the insights package's: "goes with", never "causes"; a
// self-reported diary, not a diagnosis.
package report
