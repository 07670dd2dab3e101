// go run:      "abc" <nil>
// gobackprop:  "" <nil>   (SILENT, both styles) - a method returning (string, error) whose first
//              result is a call of a struct field holding a standard-library func (strings.TrimSpace);
//              with a single result, or a func literal in a parameter, it is right.

package main

import (
	"fmt"
	"strings"
)

type P struct {
	f func(string) string
}

func (p P) Run(s string) (string, error) { return p.f(s), nil }

func main() {
	out, err := P{strings.TrimSpace}.Run("  abc ")
	fmt.Printf("%q %v\n", out, err)
}
