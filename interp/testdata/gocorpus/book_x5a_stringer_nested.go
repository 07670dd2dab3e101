// Exercises: fmt with Stringer types nested in slices, maps, struct fields and pointers: []*T with String on *T, map[string][]Celsius, a named slice with its own String.
package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Node struct {
	Name string
	Kids []*Node
}

func (n *Node) String() string {
	var parts []string
	for _, k := range n.Kids {
		parts = append(parts, k.String())
	}
	if len(parts) == 0 {
		return n.Name
	}
	return n.Name + "(" + strings.Join(parts, " ") + ")"
}

type Readings []Celsius

func (r Readings) String() string { return fmt.Sprintf("%d readings", len(r)) }

type Station struct {
	ID   int
	Temp Celsius
	Log  Readings
}

func main() {
	tree := &Node{"a", []*Node{{"b", nil}, {"c", []*Node{{"d", nil}}}}}
	fmt.Println(tree, tree.Kids)
	fmt.Printf("%v %s\n", tree.Kids[1], []*Node{tree.Kids[0]})
	temps := map[string][]Celsius{"oslo": {-3.5, 1}, "rome": {18}}
	fmt.Println(temps)
	st := Station{7, 21.25, Readings{1, 2, 3}}
	fmt.Printf("%v\n%+v\n", st, st)
	fmt.Println([]Readings{{1}, nil}, st.Log[1:])
	fmt.Println([]Celsius(st.Log), map[Celsius]bool{0.5: true})
	fmt.Printf("%6.2f|%v|%s\n", st.Temp, []interface{}{st.Temp, 3}, Celsius(-0.04))
}
