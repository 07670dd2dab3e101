package main

import (
	"bytes"
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type hnode struct {
	freq        int
	sym         byte
	left, right *hnode
	order       int
}

func (n *hnode) leaf() bool { return n.left == nil && n.right == nil }

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

func buildTree(data []byte) *hnode {
	var freq [256]int
	for _, b := range data {
		freq[b]++
	}
	h := &pq{}
	order := 0
	for s, f := range freq {
		if f > 0 {
			heap.Push(h, &hnode{freq: f, sym: byte(s), order: order})
			order++
		}
	}
	if h.Len() == 1 {
		only := heap.Pop(h).(*hnode)
		return &hnode{freq: only.freq, left: only}
	}
	for h.Len() > 1 {
		a := heap.Pop(h).(*hnode)
		b := heap.Pop(h).(*hnode)
		heap.Push(h, &hnode{freq: a.freq + b.freq, left: a, right: b, order: order})
		order++
	}
	return heap.Pop(h).(*hnode)
}

func codes(n *hnode, prefix string, table map[byte]string) {
	if n == nil {
		return
	}
	if n.leaf() {
		table[n.sym] = prefix
		return
	}
	codes(n.left, prefix+"0", table)
	codes(n.right, prefix+"1", table)
}

type bitWriter struct {
	buf   bytes.Buffer
	cur   byte
	nbits uint
	total int
}

func (w *bitWriter) writeBit(b byte) {
	w.cur = w.cur<<1 | b
	w.nbits++
	w.total++
	if w.nbits == 8 {
		w.buf.WriteByte(w.cur)
		w.cur, w.nbits = 0, 0
	}
}

func (w *bitWriter) flush() []byte {
	if w.nbits > 0 {
		w.buf.WriteByte(w.cur << (8 - w.nbits))
	}
	return w.buf.Bytes()
}

func encode(data []byte, table map[byte]string) ([]byte, int) {
	var w bitWriter
	for _, b := range data {
		for _, c := range table[b] {
			w.writeBit(byte(c - '0'))
		}
	}
	return w.flush(), w.total
}

func decode(packed []byte, nbits int, root *hnode) []byte {
	var out []byte
	n := root
	for i := 0; i < nbits; i++ {
		bit := packed[i/8] >> (7 - uint(i%8)) & 1
		if bit == 0 {
			n = n.left
		} else {
			n = n.right
		}
		if n.leaf() {
			out = append(out, n.sym)
			n = root
		}
	}
	return out
}

func main() {
	for _, text := range []string{"abracadabra alakazam", "aaaaaaaa", strings.Repeat("the rain in spain stays mainly in the plain. ", 3)} {
		data := []byte(text)
		root := buildTree(data)
		table := map[byte]string{}
		codes(root, "", table)
		syms := make([]byte, 0, len(table))
		for s := range table {
			syms = append(syms, s)
		}
		sort.Slice(syms, func(i, j int) bool {
			if len(table[syms[i]]) != len(table[syms[j]]) {
				return len(table[syms[i]]) < len(table[syms[j]])
			}
			return syms[i] < syms[j]
		})
		var parts []string
		for _, s := range syms[:min(6, len(syms))] {
			parts = append(parts, fmt.Sprintf("%q=%s", s, table[s]))
		}
		packed, nbits := encode(data, table)
		back := decode(packed, nbits, root)
		fmt.Printf("%d symbols, %d -> %d bits (%.1f%%), roundtrip=%v\n", len(table), len(data)*8, nbits,
			100*float64(nbits)/float64(len(data)*8), bytes.Equal(back, data))
		fmt.Println("  ", strings.Join(parts, " "))
		fmt.Printf("   packed[:4]=% 08b\n", packed[:min(4, len(packed))])
	}
}
