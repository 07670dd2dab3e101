package main

import "flag"

// parseInterleaved parses args with fs, flags and positional arguments in
// any order ("run a.ipynb -o b.ipynb", "grade a.ipynb --source s.ipynb"),
// which the flag package alone stops at the first positional argument
// for, and returns the positional arguments. After "--" everything is
// positional. Every command parses its arguments with it, so a flag takes
// a value exactly when fs says it does.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
