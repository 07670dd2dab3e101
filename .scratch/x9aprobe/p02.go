// Exercises: Stringer on pointer receiver printed by value and by pointer
package main

import "fmt"

type T struct{ n int }

func (t *T) String() string { return fmt.Sprintf("T#%d", t.n) }

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V#%d", v.n) }

type W struct {
	A V
	B *T
}

func main() {
	t := T{1}
	fmt.Println(t, &t)
	fmt.Printf("%v %v %s %d\n", t, &t, &t, t)
	fmt.Println(W{V{2}, &T{3}}, []V{{4}, {5}}, map[V]int{{6}: 1})
	fmt.Printf("%+v\n", W{V{2}, &T{3}})
}
