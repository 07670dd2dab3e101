package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type node interface {
	freq() int
}

type leaf struct {
	sym rune
	n   int
}

type branch struct {
	left, right node
	n           int
}

func (l leaf) freq() int   { return l.n }
func (b branch) freq() int { return b.n }

type queue []node

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].freq() != q[j].freq() {
		return q[i].freq() < q[j].freq()
	}
	return minSym(q[i]) < minSym(q[j])
}
func (q queue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)   { *q = append(*q, x.(node)) }
func (q *queue) Pop() any {
	old := *q
	n := len(old)
	x := old[n-1]
	*q = old[:n-1]
	return x
}

func minSym(n node) rune {
	switch t := n.(type) {
	case leaf:
		return t.sym
	case branch:
		return min(minSym(t.left), minSym(t.right))
	}
	panic("unknown node")
}

func build(text string) node {
	counts := map[rune]int{}
	for _, r := range text {
		counts[r]++
	}
	q := &queue{}
	for r, c := range counts {
		*q = append(*q, leaf{r, c})
	}
	heap.Init(q)
	for q.Len() > 1 {
		a := heap.Pop(q).(node)
		b := heap.Pop(q).(node)
		heap.Push(q, branch{a, b, a.freq() + b.freq()})
	}
	return heap.Pop(q).(node)
}

func codes(n node, prefix string, out map[rune]string) {
	switch t := n.(type) {
	case leaf:
		if prefix == "" {
			prefix = "0"
		}
		out[t.sym] = prefix
	case branch:
		codes(t.left, prefix+"0", out)
		codes(t.right, prefix+"1", out)
	}
}

func main() {
	text := "this is an example for huffman encoding"
	tree := build(text)
	table := map[rune]string{}
	codes(tree, "", table)

	syms := make([]rune, 0, len(table))
	for r := range table {
		syms = append(syms, r)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i] < syms[j] })
	for _, r := range syms {
		fmt.Printf("%q\t%s\n", r, table[r])
	}

	var enc strings.Builder
	for _, r := range text {
		enc.WriteString(table[r])
	}
	bits := enc.String()
	fmt.Println("encoded bits:", len(bits), "vs", len(text)*8)

	// decode
	var dec strings.Builder
	cur := tree
	for _, b := range bits {
		br := cur.(branch)
		if b == '0' {
			cur = br.left
		} else {
			cur = br.right
		}
		if l, ok := cur.(leaf); ok {
			dec.WriteRune(l.sym)
			cur = tree
		}
	}
	fmt.Println("decoded:", dec.String() == text)
	fmt.Printf("root: %T freq=%d\n", tree, tree.freq())
}
