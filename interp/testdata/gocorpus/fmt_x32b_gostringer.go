package main

import (
	"errors"
	"fmt"
)

type Secret string

func (Secret) String() string   { return "***" }
func (Secret) GoString() string { return `Secret("***")` }

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

type Inventory struct {
	Items  map[string]int
	Owner  *Person
	Tags   []string
	Secret Secret
	err    error
}

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s (%d)", p.Name, p.Age) }

type Matrix [2][2]float64

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Wrapper struct {
	Temp  Celsius
	Temps []Celsius
	Any   any
}

func main() {
	s := Secret("hunter2")
	fmt.Printf("%v %s %#v %q\n", s, s, s, s)
	fmt.Println(s, string(s))

	n := &Node{1, &Node{2, nil, nil}, nil}
	fmt.Printf("%v %v\n%+v\n", n.Val, n.Right, *n.Left)

	p := Person{"Ann", 40}
	inv := Inventory{Items: map[string]int{"b": 2, "a": 1}, Owner: &p, Tags: nil, Secret: "x"}
	fmt.Printf("%v\n", inv)
	fmt.Printf("%+v\n", inv)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%v %+v %s\n", p, &p, []Person{p, {"Bo", 3}})
	fmt.Printf("%#v\n", Matrix{{1, 2}, {3, 4.5}})
	fmt.Printf("%v\n", Matrix{{1, 2}, {3, 4.5}})

	w := Wrapper{Temp: 21.5, Temps: []Celsius{1, 2}, Any: Celsius(-4)}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Printf("%#v\n", w.Temps)
	fmt.Printf("%.2f %v %d\n", w.Temp, float64(w.Temp), []int32{1, 2})

	var ip *Person
	fmt.Printf("%v %+v\n", ip, ip)
	var e error = fmt.Errorf("ctx: %w", errors.New("base"))
	fmt.Printf("%v | %s | %q\n", e, e, e)
	fmt.Printf("%#v\n", struct {
		A *int
		B []string
		C map[int]bool
		D any
		E func()
	}{})
	fmt.Printf("%v %#v %T\n", 'x', 'x', 'x')
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, 3.5e20, "q\"s", uint8(7))
	fmt.Printf("%#v %#v\n", []byte("ab"), [2]string{"a"})
	fmt.Printf("%#x %#o %#b %#q\n", 255, 8, 5, "back`tick")
	fmt.Printf("%v\n", []any{1, "a", nil, 2.5, true, []int{1}, map[string]int{"k": 1}})
	fmt.Printf("%#v\n", []any{1, "a", nil})
	fmt.Printf("%s\n", []any{1, "a"})
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	type local struct{ X int }
	fmt.Printf("%#v %T\n", local{1}, local{})
}
