// Exercises: package flag's command line with os.Args set by the program, flag.Args, Visit, Lookup, a custom flag.Usage, and os.Args assigned whole
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fmt.Println(len(os.Args) >= 1, flag.Parsed())
	os.Args = []string{"prog", "-n", "5", "-tag", "a", "-tag", "b", "-v", "rest", "more"}
	n := flag.Int("n", 3, "count")
	v := flag.Bool("v", false, "verbose")
	var tags list
	flag.Var(&tags, "tag", "tags")
	flag.Usage = func() { fmt.Println("custom usage") }
	flag.Parse()
	fmt.Println(*n, *v, tags, flag.NArg(), flag.Args(), flag.Arg(1), flag.NFlag(), flag.Parsed())
	flag.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	fmt.Println(flag.Lookup("n").DefValue, flag.Lookup("missing") == nil, os.Args[0])
	flag.Usage()
}
