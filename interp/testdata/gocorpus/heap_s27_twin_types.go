// A heap of interface values of two struct types of one structure, popped
// into a type switch: only their types tell them apart.
package main

import (
	"container/heap"
	"fmt"
)

type item interface{ weight() int }

type apple struct{ n int }

func (a apple) weight() int { return a.n }

type pear struct{ n int }

func (p pear) weight() int { return p.n * 10 }

type basket []item

func (b basket) Len() int           { return len(b) }
func (b basket) Less(i, j int) bool { return b[i].weight() < b[j].weight() }
func (b basket) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
func (b *basket) Push(x any)        { *b = append(*b, x.(item)) }
func (b *basket) Pop() any {
	old := *b
	x := old[len(old)-1]
	*b = old[:len(old)-1]
	return x
}

func main() {
	b := &basket{}
	for _, it := range []item{apple{3}, pear{1}, apple{7}, pear{2}} {
		heap.Push(b, it)
	}
	for b.Len() > 0 {
		switch v := heap.Pop(b).(type) {
		case apple:
			fmt.Println("apple", v.n)
		case pear:
			fmt.Println("pear", v.n)
		default:
			fmt.Println("lost", v)
		}
	}
}
