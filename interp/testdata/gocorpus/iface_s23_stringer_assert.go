// Exercises: failed assertions out of a fmt.Stringer (the panic's message), an interface{} holding a Stringer's value, a generic wrapper, sort.Interface over []fmt.Stringer, %T
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Dog struct{ name string }
type Fish struct{ name string }

func (d Dog) String() string  { return "dog " + d.name }
func (f Fish) String() string { return "fish " + f.name }

type Cents int

func (c Cents) String() string { return fmt.Sprint(int(c), "c") }

func wrap[T fmt.Stringer](v T) fmt.Stringer { return v }

type byStr []fmt.Stringer

func (b byStr) Len() int           { return len(b) }
func (b byStr) Less(i, j int) bool { return b[i].String() < b[j].String() }
func (b byStr) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	var s fmt.Stringer = Fish{"nemo"}
	try(func() { fmt.Println(s.(Dog)) })
	var x any = s
	d, ok := x.(Dog)
	f, ok2 := x.(Fish)
	fmt.Println(d, ok, f, ok2)
	g := wrap(Cents(5))
	c, ok := g.(Cents)
	fmt.Println(g, c, ok)
	g2 := wrap(Dog{"g"})
	fmt.Println(g2)
	list := byStr{Cents(9), Dog{"a"}, Fish{"b"}, Cents(1)}
	sort.Sort(list)
	fmt.Println(list)
	var sb strings.Builder
	for _, it := range list {
		fmt.Fprintf(&sb, "%T;", it)
	}
	fmt.Println(sb.String())
	var none fmt.Stringer
	_, ok = none.(Dog)
	fmt.Println(ok)
	try(func() { _ = none.(Cents) })
	ss := []fmt.Stringer{}
	for i := range 3 {
		ss = append(ss, Cents(i))
	}
	fmt.Println(ss, ss[1] == Cents(1))
}
