package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Add(v int) { *l = append(*l, v) }

type Set map[string]struct{}

func (s Set) Add(k string) { s[k] = struct{}{} }
func (s Set) String() string {
	ks := make([]string, 0, len(s))
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return "{" + strings.Join(ks, ",") + "}"
}

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return "[" + f(s) + "]" }

type Handler interface{ Handle(string) string }

type MyInt = int // alias
type YourInt int // definition

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF(), Celsius(-40).ToF())
	fmt.Printf("%T %T %v\n", c, c.ToF(), float64(c) == 100)

	var l IntList
	l.Add(3)
	l.Add(4)
	fmt.Println(l, l.Sum(), len(l))
	plain := []int(l)
	plain[0] = 30
	fmt.Println(l)

	s := Set{}
	s.Add("b")
	s.Add("a")
	s.Add("b")
	fmt.Println(s, len(s))

	var h Handler = HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("hi"))
	h = HandlerFunc(func(s string) string { return s + s })
	fmt.Println(h.Handle("ab"))

	var a MyInt = 5
	var i int = a
	var y YourInt = YourInt(i)
	fmt.Printf("%T %T %T\n", a, i, y)
	fmt.Println(a+i, int(y)+a)

	// untyped constants adapt, typed do not
	const k = 2
	fmt.Println(c*k, y*k, l.Sum()*k)

	// named types from same underlying type can't mix without conversion
	f := Fahrenheit(212)
	fmt.Println(Celsius((f-32)*5/9) == c)

	// struct types with identical fields convert
	type P1 struct{ X, Y int }
	type P2 struct{ X, Y int }
	p1 := P1{1, 2}
	p2 := P2(p1)
	fmt.Printf("%v %T\n", p2, p2)

	// function types
	var op func(int, int) int
	fmt.Println(op == nil)
	op = func(a, b int) int { return a - b }
	ops := map[string]func(int, int) int{"sub": op, "add": func(a, b int) int { return a + b }}
	fmt.Println(ops["sub"](5, 3), ops["add"](5, 3))
	fmt.Printf("%T\n", op)
}
