// Exercises: flag.NewFlagSet with ContinueOnError, String/Int/Bool/Duration flags, Var with a custom flag.Value, Args/NArg, Visit, parse errors to a buffer.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	var out bytes.Buffer
	fs.SetOutput(&out)
	name := fs.String("name", "world", "who to greet")
	n := fs.Int("n", 1, "repetitions")
	loud := fs.Bool("loud", false, "shout")
	wait := fs.Duration("wait", time.Second, "pause")
	var tags listFlag
	fs.Var(&tags, "tag", "a tag (repeatable)")

	err := fs.Parse([]string{"-name=gopher", "-n", "2", "--loud", "-tag", "a", "-tag=b", "-wait", "1m30s", "file1", "file2"})
	fmt.Println(err, *name, *n, *loud, *wait, tags, fs.Args(), fs.NArg())
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()

	fs2 := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs2.SetOutput(&out)
	fs2.Int("n", 0, "count")
	err = fs2.Parse([]string{"-n", "abc"})
	fmt.Println("error:", err)
	err = fs2.Parse([]string{"-missing"})
	fmt.Println("error:", err)
	fmt.Println(strings.Count(out.String(), "Usage"), fs2.Lookup("n").DefValue)
}
