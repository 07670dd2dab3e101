// Exercises: printing pointer-to-struct in slices and fields (addresses vs &{}), %T of functions and channels
package main

import "fmt"

type Leaf struct{ V int }

type Tree struct {
	Root *Leaf
	Kids []Leaf
}

func main() {
	l := &Leaf{5}
	fmt.Println(l)
	fmt.Printf("%v %+v\n", l, l)
	t := Tree{Kids: []Leaf{{1}, {2}}}
	fmt.Printf("%+v\n", t)
	fmt.Println(t.Root == nil)
	var f func(int) string
	ch := make(chan<- float64)
	fmt.Printf("%T|%T|%T|%T\n", f, ch, struct{ A int }{}, [3]*Leaf{})
	pp := &l
	fmt.Println((*pp).V, (**pp).V)
}
