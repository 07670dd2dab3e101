package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type TreeMap[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

func (t *TreeMap[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *TreeMap[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		switch {
		case k < n.key:
			n = n.left
		case k > n.key:
			n = n.right
		default:
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *TreeMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func (t *TreeMap[K, V]) Height() int {
	var h func(*node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

type Contact struct {
	Phone string
	Email string
}

func main() {
	book := &TreeMap[string, Contact]{}
	entries := []struct {
		name string
		c    Contact
	}{
		{"Miller", Contact{"555-0101", "m@ex.com"}},
		{"Adams", Contact{"555-0199", ""}},
		{"Zhou", Contact{"555-0142", "z@ex.com"}},
		{"Baker", Contact{"555-0177", "b@ex.com"}},
		{"Ng", Contact{"555-0120", ""}},
		{"Adams", Contact{"555-0100", "a@ex.com"}},
	}
	for _, e := range entries {
		book.Put(e.name, e.c)
	}
	fmt.Println("size:", book.size, "height:", book.Height())
	for name, c := range book.All() {
		email := c.Email
		if email == "" {
			email = "-"
		}
		fmt.Printf("%-7s %s %s\n", name, c.Phone, email)
	}
	for _, q := range []string{"Ng", "Olsen"} {
		c, ok := book.Get(q)
		fmt.Printf("%s: %+v %v\n", q, c, ok)
	}
	var initials []string
	for name := range book.All() {
		if strings.HasPrefix(name, "N") {
			break
		}
		initials = append(initials, name[:1])
	}
	fmt.Println(initials)

	scores := &TreeMap[int, []string]{}
	for _, s := range []struct {
		n int
		p string
	}{{88, "li"}, {92, "jo"}, {88, "ed"}, {75, "al"}} {
		old, _ := scores.Get(s.n)
		scores.Put(s.n, append(old, s.p))
	}
	for k, v := range scores.All() {
		fmt.Print(k, v, " ")
	}
	fmt.Println()
}
