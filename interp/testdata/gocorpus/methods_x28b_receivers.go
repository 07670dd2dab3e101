package main

import (
	"fmt"
	"strings"
)

// Value vs pointer receivers: which methods are in a type's method set,
// and what happens when a value receiver mutates.

type Counter struct {
	name string
	n    int
}

func (c Counter) IncValue()         { c.n++ }
func (c *Counter) IncPointer()      { c.n++ }
func (c Counter) String() string    { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Reset(to int)     { c.n = to }
func (c Counter) Snapshot() Counter { return c }

type Incrementer interface {
	IncPointer()
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }

func (p *Path) Push(seg string) { *p = append(*p, seg) }

func main() {
	c := Counter{name: "c"}
	c.IncValue()
	fmt.Println("after IncValue:", c)
	c.IncPointer() // Go takes &c automatically
	fmt.Println("after IncPointer:", c)

	// Only *Counter implements Incrementer.
	var inc Incrementer = &c
	inc.IncPointer()
	fmt.Println("via interface:", c)

	// Method values bind the receiver when evaluated.
	show := c.String
	reset := c.Reset
	c.n = 50
	fmt.Println("method value (value recv):", show())
	reset(7)
	fmt.Println("method value (ptr recv):", c)

	// Method expressions.
	incFn := (*Counter).IncPointer
	incFn(&c)
	strFn := Counter.String
	fmt.Println("method expression:", strFn(c))

	// Map elements are not addressable: copy, modify, store.
	counters := map[string]Counter{"a": {name: "a"}}
	tmp := counters["a"]
	tmp.IncPointer()
	counters["a"] = tmp
	fmt.Println(counters["a"])

	// Slice elements are addressable.
	list := []Counter{{name: "x"}, {name: "y"}}
	list[1].IncPointer()
	fmt.Println(list)

	// Generic stack with pointer receivers.
	var st Stack[string]
	st.Push("a")
	st.Push("b")
	fmt.Println("len:", st.Len())
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Named slice type with pointer receiver for append.
	var p Path
	p.Push("usr")
	p.Push("local")
	fmt.Println(p, len(p))
	fmt.Printf("%v %s %q\n", p, p, []string(p))

	snap := c.Snapshot()
	snap.n = -1
	fmt.Println(c, snap)
}
