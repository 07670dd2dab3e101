// Reduced from ds_x28a_huffman.go (Huffman tree built with container/heap).
// In a loop, the second value that heap.Pop hands back (through the user's Pop method)
// has lost its named type: %T shows the underlying struct with a renamed field.
// The same two heap.Pop calls written one after the other, without a loop, behave.
// Go prints:      main.leaf
//                 main.leaf
// session prints: main.leaf
//                 struct { Xn int }
// (both styles; silent here. In the full program the value is then asserted to the
// interface main.node, and the session stops with the clear error "Unsupported: a value
// of a type of the notebook that gobackprop did not expect was asserted to main.node ...")

package main

import (
	"container/heap"
	"fmt"
)

type node interface{ freq() int }

type leaf struct{ n int }

func (l leaf) freq() int { return l.n }

type queue []node

func (q queue) Len() int           { return len(q) }
func (q queue) Less(i, j int) bool { return q[i].freq() < q[j].freq() }
func (q queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)        { *q = append(*q, x.(node)) }
func (q *queue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

func main() {
	q := &queue{leaf{1}, leaf{2}}
	for range 2 {
		x := heap.Pop(q)
		fmt.Printf("%T\n", x)
	}
}
