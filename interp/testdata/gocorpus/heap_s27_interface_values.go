// A Huffman-style heap of interface values through container/heap: each
// value popped keeps its type, for %T, type switches and assertions; and
// Init, Fix and Remove on a heap of pointers.
package main

import (
	"container/heap"
	"fmt"
)

type node interface{ freq() int }

type leaf struct {
	sym rune
	n   int
}

func (l leaf) freq() int { return l.n }

type inner struct{ left, right node }

func (in *inner) freq() int { return in.left.freq() + in.right.freq() }

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

func codes(n node, prefix string, out map[rune]string) {
	switch t := n.(type) {
	case leaf:
		out[t.sym] = prefix
	case *inner:
		codes(t.left, prefix+"0", out)
		codes(t.right, prefix+"1", out)
	}
}

type task struct {
	name string
	pri  int
}

type tasks []*task

func (t tasks) Len() int           { return len(t) }
func (t tasks) Less(i, j int) bool { return t[i].pri > t[j].pri }
func (t tasks) Swap(i, j int)      { t[i], t[j] = t[j], t[i] }
func (t *tasks) Push(x any)        { *t = append(*t, x.(*task)) }
func (t *tasks) Pop() any {
	old := *t
	x := old[len(old)-1]
	*t = old[:len(old)-1]
	return x
}

func main() {
	q := &queue{}
	for i, r := range "abcde" {
		heap.Push(q, leaf{r, []int{5, 9, 12, 13, 16}[i]})
	}
	for q.Len() > 1 {
		a := heap.Pop(q).(node)
		b := heap.Pop(q)
		fmt.Printf("%T %d + %T %d\n", a, a.freq(), b, b.(node).freq())
		heap.Push(q, &inner{a, b.(node)})
	}
	root := heap.Pop(q)
	out := map[rune]string{}
	codes(root.(node), "", out)
	fmt.Println(out)

	q2 := &queue{}
	for _, n := range []node{leaf{'x', 3}, &inner{leaf{'y', 1}, leaf{'z', 1}}, leaf{'w', 5}} {
		heap.Push(q2, n)
	}
	for q2.Len() > 0 {
		switch v := heap.Pop(q2).(type) {
		case leaf:
			fmt.Println("leaf", string(v.sym), v.n)
		case *inner:
			fmt.Println("inner", v.freq())
		default:
			fmt.Println("other", v)
		}
	}

	ts := &tasks{{"write", 2}, {"test", 5}, {"ship", 1}, {"plan", 4}}
	heap.Init(ts)
	(*ts)[len(*ts)-1].pri = 10
	heap.Fix(ts, len(*ts)-1)
	removed := heap.Remove(ts, 1).(*task)
	fmt.Println("removed", removed.name)
	var h heap.Interface = ts
	for h.Len() > 0 {
		t := heap.Pop(h)
		fmt.Printf("%T %+v\n", t, *t.(*task))
	}
}
