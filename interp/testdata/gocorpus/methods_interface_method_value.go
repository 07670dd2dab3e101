// Exercises: method values taken from interface values and interface method expressions.
package main

import (
	"fmt"
	"strings"
)

type Greeter interface{ Greet(name string) string }

type English struct{}
type Shouty struct{ base Greeter }

func (English) Greet(n string) string  { return "Hello, " + n }
func (s Shouty) Greet(n string) string { return strings.ToUpper(s.base.Greet(n)) }

func main() {
	var g Greeter = English{}
	f := g.Greet
	g = Shouty{g}
	fmt.Println(f("ann"), "|", g.Greet("ann"))
	expr := Greeter.Greet
	fmt.Println(expr(g, "bob"))
	fmt.Printf("%T\n", expr)
}
