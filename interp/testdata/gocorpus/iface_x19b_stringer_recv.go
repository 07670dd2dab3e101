package main

import (
	"errors"
	"fmt"
)

type Vec struct{ X, Y int }

func (v Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type Node struct {
	Name string
}

func (n *Node) String() string { return "node:" + n.Name }

type Code int

func (c Code) Error() string { return fmt.Sprintf("E%03d", int(c)) }

type Both struct{}

func (Both) String() string { return "as-stringer" }
func (Both) Error() string  { return "as-error" }

type Wrapper struct {
	Vec
	Label string
}

func main() {
	v := Vec{1, 2}
	fmt.Println(v, &v)
	fmt.Printf("%v %s %d %+v\n", v, v, v, v)

	n := Node{"a"}
	fmt.Println(n, &n)
	fmt.Printf("%v %v\n", n, &n)
	nodes := []*Node{{"x"}, {"y"}}
	fmt.Println(nodes)
	vals := []Node{{"x"}}
	fmt.Println(vals)

	var err error = Code(7)
	fmt.Println(err, Code(12))
	fmt.Printf("%v %d\n", Code(3), Code(3))
	fmt.Println(Both{})
	fmt.Println(errors.New("plain"), []error{Code(1), Code(2)})

	w := Wrapper{Vec{3, 4}, "w"}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	m := map[Vec]Code{{1, 1}: 1, {0, 5}: 2}
	fmt.Println(m)
	var s fmt.Stringer = v
	fmt.Println(s.String(), s)
	var np *Node
	fmt.Println(np == nil)
	type plain struct{ V Vec }
	fmt.Println(plain{v})
	fmt.Printf("%v %s\n", []Vec{{1, 1}}, [2]Vec{})
}
