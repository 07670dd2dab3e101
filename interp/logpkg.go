package interp

import (
	"fmt"
	"io"
	"log"
	"reflect"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// logExports is the session's package log. yaegi's restricted tables give
// log.New and log.Logger a wrapper type without SetPrefix, and log.Default
// the process's logger, which the package's SetFlags, SetPrefix and
// SetOutput (yaegi's, bound to another logger) never touched. Here
// log.New is Go's, and the package's functions and log.Default share one
// logger that writes where the session's stderr goes.
//
// Fatal prints and then exits as os.Exit(1) does in a cell; a
// *log.Logger's Fatal methods, which would end the process, are
// written as calls of the session's (lower.lowerLoggerFatal).
func (s *Session) logExports(stderr io.Writer) interp.Exports {
	l := log.New(stderr, "", log.LstdFlags)
	fatal, fatalf, fatalln := s.loggerFatal(l), s.loggerFatalf(l), s.loggerFatalln(l)
	fns := map[string]reflect.Value{
		"Logger":    reflect.ValueOf((*log.Logger)(nil)),
		"New":       reflect.ValueOf(log.New),
		"Default":   reflect.ValueOf(func() *log.Logger { return l }),
		"Fatal":     reflect.ValueOf(fatal),
		"Fatalf":    reflect.ValueOf(fatalf),
		"Fatalln":   reflect.ValueOf(fatalln),
		"Flags":     reflect.ValueOf(l.Flags),
		"Output":    reflect.ValueOf(l.Output),
		"Panic":     reflect.ValueOf(l.Panic),
		"Panicf":    reflect.ValueOf(l.Panicf),
		"Panicln":   reflect.ValueOf(l.Panicln),
		"Prefix":    reflect.ValueOf(l.Prefix),
		"Print":     reflect.ValueOf(l.Print),
		"Printf":    reflect.ValueOf(l.Printf),
		"Println":   reflect.ValueOf(l.Println),
		"SetFlags":  reflect.ValueOf(l.SetFlags),
		"SetOutput": reflect.ValueOf(l.SetOutput),
		"SetPrefix": reflect.ValueOf(l.SetPrefix),
		"Writer":    reflect.ValueOf(l.Writer),
	}
	// The interface wrappers yaegi gives the arguments of Go's functions
	// apply to these too.
	mapTypes := map[reflect.Value][]reflect.Type{}
	for name, goFn := range map[string]any{"Fatal": log.Fatal, "Fatalf": log.Fatalf, "Fatalln": log.Fatalln,
		"Panic": log.Panic, "Panicf": log.Panicf, "Panicln": log.Panicln} {
		if mt, ok := stdlib.MapTypes[reflect.ValueOf(goFn)]; ok {
			mapTypes[fns[name]] = mt
		}
	}
	return interp.Exports{"log/log": fns, ".": {"MapTypes": reflect.ValueOf(mapTypes)}}
}

// loggerFatal and its kin are l's Fatal methods as a cell runs them: the
// message is logged, then the cell exits with status 1.
func (s *Session) loggerFatal(l *log.Logger) func(...any) {
	return func(v ...any) { l.Output(2, fmt.Sprint(v...)); s.exit(1) }
}

func (s *Session) loggerFatalf(l *log.Logger) func(string, ...any) {
	return func(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)); s.exit(1) }
}

func (s *Session) loggerFatalln(l *log.Logger) func(...any) {
	return func(v ...any) { l.Output(2, fmt.Sprintln(v...)); s.exit(1) }
}
