// Exercises: nil pointer dereference through a method call and a field access, recovered
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Next.Sum()
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(list.Sum())
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	var empty *Node
	fmt.Println(empty.Sum())
	fmt.Println(empty.Val)
}
