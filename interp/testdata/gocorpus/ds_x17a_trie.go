package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	children map[rune]*Node
	end      bool
	count    int
}

func newNode() *Node { return &Node{children: map[rune]*Node{}} }

type Trie struct{ root *Node }

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = newNode()
			n.children[r] = c
		}
		c.count++
		n = c
	}
	n.end = true
}

func (t *Trie) walk(n *Node, prefix []rune, visit func(string)) {
	if n.end {
		visit(string(prefix))
	}
	keys := make([]rune, 0, len(n.children))
	for r := range n.children {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		t.walk(n.children[r], append(prefix, r), visit)
	}
}

func (t *Trie) WithPrefix(p string) []string {
	n := t.root
	for _, r := range p {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	var out []string
	t.walk(n, []rune(p), func(s string) { out = append(out, s) })
	return out
}

// count ways to build a design from towel patterns
func ways(design string, t *Trie, memo map[int]int, i int) int {
	if i == len(design) {
		return 1
	}
	if v, ok := memo[i]; ok {
		return v
	}
	total := 0
	n := t.root
	for j := i; j < len(design); j++ {
		n = n.children[rune(design[j])]
		if n == nil {
			break
		}
		if n.end {
			total += ways(design, t, memo, j+1)
		}
	}
	memo[i] = total
	return total
}

func main() {
	t := &Trie{newNode()}
	for _, p := range strings.Split("r, wr, b, g, bwu, rb, gb, br", ", ") {
		t.Insert(p)
	}
	fmt.Println(t.WithPrefix("b"), t.WithPrefix("x"), t.WithPrefix(""))
	designs := strings.Fields("brwrr bggr gbbr rrbgbr ubwu bwurrg brgr bbrgwb")
	possible, total := 0, 0
	for _, d := range designs {
		w := ways(d, t, map[int]int{}, 0)
		fmt.Printf("%-8s %d\n", d, w)
		if w > 0 {
			possible++
		}
		total += w
	}
	fmt.Println(possible, total, t.root.children['b'].count)
	words := &Trie{newNode()}
	for _, w := range strings.Fields("héllo hélium help über übel go gopher") {
		words.Insert(w)
	}
	fmt.Printf("%q\n", words.WithPrefix("hé"))
	fmt.Printf("%q\n", words.WithPrefix("üb"))
}
