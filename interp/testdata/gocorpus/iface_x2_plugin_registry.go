// Exercises: a registry of constructors returning an interface, iterated in sorted order.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Formatter interface {
	Format(s string) string
}

type upper struct{}
type reverse struct{}
type repeat struct{ n int }

func (upper) Format(s string) string { return strings.ToUpper(s) }
func (reverse) Format(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}
func (r repeat) Format(s string) string { return strings.Repeat(s, r.n) }

var registry = map[string]func() Formatter{}

func Register(name string, ctor func() Formatter) { registry[name] = ctor }

func init() {
	Register("upper", func() Formatter { return upper{} })
	Register("reverse", func() Formatter { return reverse{} })
	Register("twice", func() Formatter { return repeat{2} })
}

func main() {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		f := registry[n]()
		fmt.Printf("%-8s %-12q %T\n", n, f.Format("héllo"), f)
	}
	chain := []string{"reverse", "upper", "twice"}
	s := "abc"
	for _, n := range chain {
		s = registry[n]().Format(s)
	}
	fmt.Println(s)
}
