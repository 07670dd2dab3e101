// Exercises: calling methods on a nil pointer through an interface when the method handles nil.
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

func (n *Node) String() string {
	if n == nil {
		return "end"
	}
	return fmt.Sprintf("%d -> %v", n.Val, n.Next)
}

type Summer interface{ Sum() int }

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(list.Sum())
	fmt.Println(list)
	var empty *Node
	var s Summer = empty
	fmt.Println(s.Sum(), s != nil)
	fmt.Println(empty.String())
}
