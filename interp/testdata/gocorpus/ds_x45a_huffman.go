package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type hnode struct {
	sym         byte
	freq        int
	left, right *hnode
	order       int
}

type pq []*hnode

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	if p[i].freq != p[j].freq {
		return p[i].freq < p[j].freq
	}
	return p[i].order < p[j].order
}
func (p pq) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x any)   { *p = append(*p, x.(*hnode)) }
func (p *pq) Pop() any {
	old := *p
	n := old[len(old)-1]
	*p = old[:len(old)-1]
	return n
}

func build(text string) *hnode {
	freq := map[byte]int{}
	for i := 0; i < len(text); i++ {
		freq[text[i]]++
	}
	syms := make([]byte, 0, len(freq))
	for s := range freq {
		syms = append(syms, s)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i] < syms[j] })
	h := &pq{}
	order := 0
	for _, s := range syms {
		heap.Push(h, &hnode{sym: s, freq: freq[s], order: order})
		order++
	}
	for h.Len() > 1 {
		a := heap.Pop(h).(*hnode)
		b := heap.Pop(h).(*hnode)
		heap.Push(h, &hnode{freq: a.freq + b.freq, left: a, right: b, order: order})
		order++
	}
	return heap.Pop(h).(*hnode)
}

func codes(n *hnode, prefix string, out map[byte]string) {
	if n.left == nil {
		if prefix == "" {
			prefix = "0"
		}
		out[n.sym] = prefix
		return
	}
	codes(n.left, prefix+"0", out)
	codes(n.right, prefix+"1", out)
}

func decode(root *hnode, bits string) string {
	var sb strings.Builder
	n := root
	for _, b := range bits {
		if b == '0' {
			n = n.left
		} else {
			n = n.right
		}
		if n.left == nil {
			sb.WriteByte(n.sym)
			n = root
		}
	}
	return sb.String()
}

func main() {
	text := "AAAACCCGGTAAACCGATTTTAAA"
	root := build(text)
	table := map[byte]string{}
	codes(root, "", table)
	fmt.Printf("%-4s %-8s\n", "sym", "code")
	for _, s := range []byte("ACGT") {
		fmt.Printf("%-4c %-8s\n", s, table[s])
	}
	var enc strings.Builder
	for i := 0; i < len(text); i++ {
		enc.WriteString(table[text[i]])
	}
	bits := enc.String()
	fmt.Println("encoded:", bits)
	fmt.Printf("bits: %d vs %d fixed (ratio %.3f)\n", len(bits), 2*len(text), float64(len(bits))/float64(2*len(text)))
	fmt.Println("roundtrip:", decode(root, bits) == text)
	fmt.Println(table)
}
