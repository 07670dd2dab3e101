package interp

import (
	"errors"
	"flag"
	"fmt"
	"reflect"

	"github.com/traefik/yaegi/interp"
)

// flagFuncs are package flag's functions that work on flag.CommandLine.
var flagFuncs = []string{
	"Arg", "Args", "Bool", "BoolFunc", "BoolVar", "Duration", "DurationVar",
	"Float64", "Float64Var", "Func", "Int", "Int64", "Int64Var", "IntVar",
	"Lookup", "NArg", "NFlag", "Parsed", "PrintDefaults", "Set", "String",
	"StringVar", "TextVar", "Uint", "Uint64", "Uint64Var", "UintVar", "Var",
	"Visit", "VisitAll",
}

// flagExports gives the session's cells a command line of their own, as
// a program run with no arguments has: flag.Parse parsed the worker
// process's own arguments (flag.Args() was [worker]), and a parse error
// would have ended the process. The session's flag.CommandLine is a set
// that reports errors, and flag.Parse ends the cell as the program's
// os.Exit(2) would (os.Exit(0) for -help).
func (s *Session) flagExports() interp.Exports {
	s.flags = flag.NewFlagSet(s.args[0], flag.ContinueOnError)
	// flag.Usage, which a cell may replace, prints the set's defaults.
	s.flagUsage = func() {
		fmt.Fprintf(s.flags.Output(), "Usage of %s:\n", s.flags.Name())
		s.flags.PrintDefaults()
	}
	s.flags.Usage = func() { s.flagUsage() }
	syms := map[string]reflect.Value{
		"CommandLine": reflect.ValueOf(&s.flags).Elem(),
		"Usage":       reflect.ValueOf(&s.flagUsage).Elem(),
		"Parse": reflect.ValueOf(func() {
			if err := s.flags.Parse(s.args[1:]); err != nil {
				code := 2
				if errors.Is(err, flag.ErrHelp) {
					code = 0
				}
				s.exit(code)
			}
		}),
	}
	for _, name := range flagFuncs {
		bound := reflect.ValueOf(s.flags).MethodByName(name)
		if !bound.IsValid() {
			continue
		}
		variadic := bound.Type().IsVariadic()
		// Each call goes to the set flag.CommandLine holds then, as
		// package flag's own functions do.
		syms[name] = reflect.MakeFunc(bound.Type(), func(args []reflect.Value) []reflect.Value {
			m := reflect.ValueOf(s.flags).MethodByName(name)
			if variadic {
				return m.CallSlice(args)
			}
			return m.Call(args)
		})
	}
	return interp.Exports{"flag/flag": syms}
}
