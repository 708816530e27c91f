package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/crampsdiary/cramps/diary/words"
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

// oneArg accepts exactly one argument, what the usage line calls what
// ("FILE"), and says in words what is missing or too much — not cobra's
// "accepts 1 arg(s), received 0".
func oneArg(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return fmt.Errorf("%s needs %s: %s", subcommand(cmd), what, useLine(cmd))
		}
		return atMostOneArg(what)(cmd, args)
	}
}

// atMostOneArg accepts no argument or one, what the usage line calls what.
func atMostOneArg(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > 1 {
			return fmt.Errorf("%s takes one %s, not %s (%s): %s",
				subcommand(cmd), what, words.Count(len(args)), strings.Join(args, " "), useLine(cmd))
		}
		return nil
	}
}

// subcommand is the command's name after "cramps": "trial start".
func subcommand(cmd *cobra.Command) string {
	return strings.TrimPrefix(cmd.CommandPath(), cmd.Root().Name()+" ")
}

// knownSubcommands makes every command with sub-commands ('cramps',
// 'cramps trial', 'cramps flags', 'cramps completion') refuse a word that
// names none of them as an unknown command (exit 2), naming the one it most
// likely means. Cobra printed the help of a group such as 'cramps trial' and
// exited 0, so 'cramps trial strat' looked to a script like success.
func knownSubcommands(c *cobra.Command) {
	for _, sub := range c.Commands() {
		knownSubcommands(sub)
	}
	if !c.HasSubCommands() {
		return
	}
	c.SuggestionsMinimumDistance = 2
	c.Args = func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return nil
		}
		msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
		if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
			msg += "; did you mean " + strings.Join(s, " or ") + "?"
		}
		return fmt.Errorf("%s", msg)
	}
	if !c.Runnable() {
		c.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
	}
}

// useLine is how the command is called, without cobra's "[flags]".
func useLine(cmd *cobra.Command) string { return strings.TrimSuffix(cmd.UseLine(), " [flags]") }

// helpCmd is 'cramps help [command]', as cobra's own but for a topic that
// names no command: cobra printed cramps' help and exited 0, so 'cramps
// help lgo' looked like success; it is a usage error (exit 2) naming the
// likely command, as an unknown command is.
func helpCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "help [command]",
		Short: "Help about any command",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			c, rest, err := cmd.Root().Find(args)
			if err == nil && c != cmd.Root() && len(rest) == 0 {
				return nil
			}
			if err != nil || c == nil {
				c, rest = cmd.Root(), args
			}
			msg := fmt.Sprintf("no help topic %q: it names no command", strings.Join(args, " "))
			if len(rest) > 0 {
				if s := c.SuggestionsFor(rest[0]); len(s) > 0 {
					msg += "; did you mean " + strings.Join(s, " or ") + "?"
				}
			}
			return fmt.Errorf("%s", msg)
		},
		ValidArgsFunction: func(cmd *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			var out []cobra.Completion
			if len(args) == 0 {
				for _, c := range cmd.Root().Commands() {
					if c.IsAvailableCommand() && c.Name() != "help" {
						out = append(out, cobra.CompletionWithDesc(c.Name(), c.Short))
					}
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			c, _, _ := cmd.Root().Find(args)
			return c.Help()
		},
	}
}
