package main

import (
	"fmt"
	"sort"
	"strings"
)

type radixNode struct {
	edges map[byte]*radixEdge
	leaf  bool
	value int
}

type radixEdge struct {
	label string
	node  *radixNode
}

type Radix struct {
	root *radixNode
	size int
}

func NewRadix() *Radix { return &Radix{root: &radixNode{edges: map[byte]*radixEdge{}}} }

func commonPrefix(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

func (t *Radix) Insert(key string, val int) {
	n := t.root
	for {
		if key == "" {
			if !n.leaf {
				t.size++
			}
			n.leaf, n.value = true, val
			return
		}
		e, ok := n.edges[key[0]]
		if !ok {
			n.edges[key[0]] = &radixEdge{label: key, node: &radixNode{edges: map[byte]*radixEdge{}, leaf: true, value: val}}
			t.size++
			return
		}
		p := commonPrefix(key, e.label)
		if p == len(e.label) {
			n, key = e.node, key[p:]
			continue
		}
		// split the edge
		mid := &radixNode{edges: map[byte]*radixEdge{}}
		mid.edges[e.label[p]] = &radixEdge{label: e.label[p:], node: e.node}
		e.label, e.node = e.label[:p], mid
		n, key = mid, key[p:]
	}
}

func (t *Radix) Lookup(key string) (int, bool) {
	n := t.root
	for key != "" {
		e, ok := n.edges[key[0]]
		if !ok || !strings.HasPrefix(key, e.label) {
			return 0, false
		}
		n, key = e.node, key[len(e.label):]
	}
	return n.value, n.leaf
}

func (t *Radix) Walk(fn func(key string, val int)) {
	var rec func(n *radixNode, prefix string)
	rec = func(n *radixNode, prefix string) {
		if n.leaf {
			fn(prefix, n.value)
		}
		ks := make([]int, 0, len(n.edges))
		for b := range n.edges {
			ks = append(ks, int(b))
		}
		sort.Ints(ks)
		for _, b := range ks {
			e := n.edges[byte(b)]
			rec(e.node, prefix+e.label)
		}
	}
	rec(t.root, "")
}

func (t *Radix) Dump() string {
	var sb strings.Builder
	var rec func(n *radixNode, depth int)
	rec = func(n *radixNode, depth int) {
		ks := make([]string, 0)
		for _, e := range n.edges {
			ks = append(ks, e.label)
		}
		sort.Strings(ks)
		for _, l := range ks {
			e := n.edges[l[0]]
			mark := ""
			if e.node.leaf {
				mark = fmt.Sprintf(" =%d", e.node.value)
			}
			fmt.Fprintf(&sb, "%s%q%s\n", strings.Repeat("  ", depth), l, mark)
			rec(e.node, depth+1)
		}
	}
	rec(t.root, 0)
	return sb.String()
}

func main() {
	t := NewRadix()
	for i, w := range []string{"romane", "romanus", "romulus", "rubens", "ruber", "rubicon", "rubicundus", "rom"} {
		t.Insert(w, i)
	}
	fmt.Print(t.Dump())
	fmt.Println("size:", t.size)
	for _, q := range []string{"rom", "roman", "rubicon", "rubic", "x", ""} {
		v, ok := t.Lookup(q)
		fmt.Printf("lookup(%q) = %d, %t\n", q, v, ok)
	}
	t.Insert("ruber", 100)
	var all []string
	t.Walk(func(k string, v int) { all = append(all, fmt.Sprintf("%s:%d", k, v)) })
	fmt.Println(strings.Join(all, " "), t.size)
}
