// go run:     pair
// gobackprop: CompileError: undefined: main (program style); CompileError: undefined: kindNames (notebook style)
// Needs all three: a package var used in a method of type Kind, and a method named Kind (same name
// as the type) on another type. Without the Hand.Kind method, or without the String method, it works.
package main

import "fmt"

type Kind int

var kindNames = map[Kind]string{0: "high", 1: "pair"}

func (k Kind) String() string { return kindNames[k] }

type Hand struct{ n int }

func (h Hand) Kind() Kind { return Kind(h.n) }

func main() {
	fmt.Println(Hand{1}.Kind())
}
