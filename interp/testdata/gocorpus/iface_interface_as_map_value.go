// Exercises: map of interface values used as a command registry.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Command interface {
	Run(args []string) string
}

type echo struct{}
type count struct{}
type join struct{ sep string }

func (echo) Run(a []string) string   { return strings.Join(a, " ") }
func (count) Run(a []string) string  { return fmt.Sprint(len(a)) }
func (j join) Run(a []string) string { return strings.Join(a, j.sep) }

func main() {
	reg := map[string]Command{
		"echo":  echo{},
		"count": count{},
		"csv":   join{","},
	}
	names := make([]string, 0, len(reg))
	for n := range reg {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %s\n", n, reg[n].Run([]string{"x", "y", "z"}))
	}
	if _, ok := reg["missing"]; !ok {
		fmt.Println("missing command")
	}
}
