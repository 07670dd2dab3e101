package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type hnode struct {
	ch          rune
	freq        int
	order       int
	left, right *hnode
}

func (n *hnode) leaf() bool { return n.left == nil && n.right == nil }

type nodeHeap []*hnode

func (h nodeHeap) Len() int { return len(h) }
func (h nodeHeap) Less(i, j int) bool {
	if h[i].freq == h[j].freq {
		return h[i].order < h[j].order
	}
	return h[i].freq < h[j].freq
}
func (h nodeHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *nodeHeap) Push(x any)   { *h = append(*h, x.(*hnode)) }
func (h *nodeHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func build(text string) *hnode {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	runes := make([]rune, 0, len(freq))
	for r := range freq {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	h := &nodeHeap{}
	order := 0
	for _, r := range runes {
		heap.Push(h, &hnode{ch: r, freq: freq[r], order: order})
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

func codes(n *hnode, prefix string, out map[rune]string) {
	if n.leaf() {
		if prefix == "" {
			prefix = "0"
		}
		out[n.ch] = prefix
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
		if n.leaf() {
			sb.WriteRune(n.ch)
			n = root
		}
	}
	return sb.String()
}

func main() {
	for _, text := range []string{"abracadabra", "mississippi river", "aaaa"} {
		root := build(text)
		table := map[rune]string{}
		codes(root, "", table)
		var enc strings.Builder
		for _, r := range text {
			enc.WriteString(table[r])
		}
		bits := enc.String()
		fmt.Printf("%q: %d bits vs %d; root freq %d\n", text, len(bits), len(text)*8, root.freq)
		fmt.Println(" ", table)
		if root.leaf() {
			fmt.Println("  single symbol:", string(root.ch))
			continue
		}
		fmt.Println("  decoded ok:", decode(root, bits) == text, bits[:min(16, len(bits))])
	}
}
