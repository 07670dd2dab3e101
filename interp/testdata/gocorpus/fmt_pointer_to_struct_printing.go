// Exercises: printing pointers to structs shows &{...} at top level.
package main

import "fmt"

type Node struct {
	Val  int
	Name string
}

type Outer struct {
	In *Node
	V  Node
}

func main() {
	n := &Node{1, "one"}
	fmt.Println(n)
	fmt.Printf("%v %+v\n", n, n)
	fmt.Printf("%#v\n", n)
	o := Outer{V: Node{2, "two"}}
	fmt.Printf("%+v\n", o)
	var nilNode *Node
	fmt.Println(nilNode)
	fmt.Printf("%v %+v\n", nilNode, nilNode)
}
