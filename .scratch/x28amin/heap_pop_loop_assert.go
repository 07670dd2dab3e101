// Reduced from ds_x28a_huffman.go: the form that ends in a clear error.
// Go prints:      1
//                 2
// session prints: 1, then the error "Unsupported: a value of a type of the notebook that
// gobackprop did not expect was asserted to main.node: its type was declared after this
// code (run that code's cell again), or the value lost its type in a top-level variable
// (assert inside a function, on a value passed to it)" (both styles)

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
		a := heap.Pop(q).(node)
		fmt.Println(a.freq())
	}
}
