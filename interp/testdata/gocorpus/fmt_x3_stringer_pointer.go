// Exercises: String method on pointer receiver (not used for values), Format via Stringer in %v/%s/%d
package main

import "fmt"

type Node struct {
	ID   int
	Next *Node
}

func (n *Node) String() string {
	if n == nil {
		return "<nil node>"
	}
	return fmt.Sprintf("Node#%d", n.ID)
}

func main() {
	n := &Node{ID: 1, Next: &Node{ID: 2}}
	fmt.Println(n, n.Next, n.Next.Next)
	fmt.Printf("%v %s\n", n, n)
	v := *n.Next
	fmt.Printf("%+v\n", v)
	fmt.Println([]*Node{n, nil})
}
