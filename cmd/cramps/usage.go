package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/spf13/cobra"
)

// pflagBadValue matches pflag's message for a value its type cannot parse:
// `invalid argument "abc" for "--weeks" flag: strconv.ParseInt: parsing "abc": invalid syntax`.
var pflagBadValue = regexp.MustCompile(`^invalid argument "(.*)" for "([^"]+)" flag: strconv\.Parse(Int|Uint|Float|Bool)`)

// flagError puts a flag that could not be read in the user's words (issue
// 11.14), instead of Go's parser's: "--weeks abc: give a whole number".
func flagError(_ *cobra.Command, err error) error {
	m := pflagBadValue.FindStringSubmatch(err.Error())
	if m == nil {
		return err
	}
	name := m[2]
	if i := strings.LastIndex(name, "--"); i >= 0 { // "-o, --output"
		name = name[i:]
	}
	want := map[string]string{
		"Int":   "give a whole number",
		"Uint":  "give a whole number, 0 or more",
		"Float": "give a number, like 7 or 1.5",
		"Bool":  "give true or false",
	}[m[3]]
	return fmt.Errorf("%s %s: %s", name, m[1], want)
}

// helpHint is the line after a usage error: the help of the command that
// was being run ("cramps report --help"), or of cramps itself.
func helpHint(c *cobra.Command) string {
	path := "cramps"
	if c != nil {
		path = c.CommandPath()
	}
	return "Run '" + path + " --help' for usage."
}
