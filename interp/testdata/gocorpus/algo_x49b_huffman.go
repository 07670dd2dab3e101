package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type node struct {
	ch          rune
	freq        int
	left, right *node
	order       int
}

type pq []*node

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].freq != q[j].freq {
		return q[i].freq < q[j].freq
	}
	return q[i].order < q[j].order
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)   { *q = append(*q, x.(*node)) }
func (q *pq) Pop() any {
	old := *q
	n := old[len(old)-1]
	*q = old[:len(old)-1]
	return n
}

func huffman(freqs map[rune]int) *node {
	keys := make([]rune, 0, len(freqs))
	for k := range freqs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	q := &pq{}
	for i, k := range keys {
		*q = append(*q, &node{ch: k, freq: freqs[k], order: i})
	}
	heap.Init(q)
	next := len(keys)
	for q.Len() > 1 {
		x := heap.Pop(q).(*node)
		y := heap.Pop(q).(*node)
		z := &node{freq: x.freq + y.freq, left: x, right: y, order: next}
		next++
		fmt.Printf("merge %d + %d -> %d\n", x.freq, y.freq, z.freq)
		heap.Push(q, z)
	}
	return heap.Pop(q).(*node)
}

func codes(n *node, prefix string, out map[rune]string) {
	if n.left == nil {
		out[n.ch] = prefix
		return
	}
	codes(n.left, prefix+"0", out)
	codes(n.right, prefix+"1", out)
}

func main() {
	freqs := map[rune]int{'a': 45, 'b': 13, 'c': 12, 'd': 16, 'e': 9, 'f': 5}
	root := huffman(freqs)
	table := map[rune]string{}
	codes(root, "", table)
	fmt.Println(table)
	bits := 0
	for ch, f := range freqs {
		bits += f * len(table[ch])
	}
	fmt.Printf("total bits: %d (fixed: %d)\n", bits, 3*root.freq)
	var enc strings.Builder
	for _, ch := range "face" {
		enc.WriteString(table[ch])
	}
	fmt.Printf("%q -> %s\n", "face", enc.String())
}
