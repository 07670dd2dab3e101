// Exercises: the flag.Value interface on a custom Celsius type, a FlagSet parsing a fixed argument list, flag.Duration, errors from Set reported by Parse
package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) String() string { return fmt.Sprintf("%g°C", float64(c)) }

type celsiusFlag struct{ Celsius }

func (f *celsiusFlag) Set(s string) error {
	var unit string
	var value float64
	fmt.Sscanf(s, "%f%s", &value, &unit)
	switch unit {
	case "C", "°C":
		f.Celsius = Celsius(value)
		return nil
	case "F", "°F":
		f.Celsius = Celsius((value - 32) * 5 / 9)
		return nil
	}
	return fmt.Errorf("invalid temperature %q", s)
}

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, "|") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func run(args []string) {
	fs := flag.NewFlagSet("tempflag", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	f := celsiusFlag{20.0}
	fs.Var(&f, "temp", "the temperature")
	var tags listFlag
	fs.Var(&tags, "tag", "repeatable")
	period := fs.Duration("period", time.Second, "sleep period")
	verbose := fs.Bool("v", false, "verbose")
	if err := fs.Parse(args); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(f.Celsius, *period, *verbose, tags.String(), fs.Args())
}

func main() {
	run(nil)
	run([]string{"-temp", "-18C", "-v", "rest"})
	run([]string{"-temp=212°F", "-period", "50ms", "-tag", "a", "-tag=b", "x", "y"})
	run([]string{"-temp", "273.15K"})
	run([]string{"-period", "soon"})
	run([]string{"-nope"})
}
