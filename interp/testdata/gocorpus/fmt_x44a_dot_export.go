package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

type Attr map[string]string

func (a Attr) String() string {
	if len(a) == 0 {
		return ""
	}
	keys := make([]string, 0, len(a))
	for k := range a {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%q", k, a[k])
	}
	return " [" + strings.Join(parts, ", ") + "]"
}

type DotEdge struct {
	From, To string
	Attr
}

type Dot struct {
	Name   string
	Nodes  map[string]Attr
	Edges  []DotEdge
	Strict bool
}

func (d *Dot) WriteTo(w io.Writer) (int64, error) {
	var total int64
	p := func(format string, args ...any) {
		n, _ := fmt.Fprintf(w, format, args...)
		total += int64(n)
	}
	if d.Strict {
		p("strict ")
	}
	p("digraph %s {\n", d.Name)
	names := make([]string, 0, len(d.Nodes))
	for n := range d.Nodes {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		p("  %q%v;\n", n, d.Nodes[n])
	}
	for _, e := range d.Edges {
		p("  %q -> %q%s;\n", e.From, e.To, e.Attr)
	}
	p("}\n")
	return total, nil
}

func main() {
	d := &Dot{
		Name: "dijkstra_tree",
		Nodes: map[string]Attr{
			"s": {"shape": "doublecircle"},
			"a": {},
			"b": {"color": "red", "label": "b (7)"},
		},
	}
	d.Edges = append(d.Edges,
		DotEdge{"s", "a", Attr{"weight": "3"}},
		DotEdge{"a", "b", Attr{"weight": "4", "style": "bold"}},
		DotEdge{From: "s", To: "b"},
	)
	n, err := d.WriteTo(os.Stdout)
	fmt.Println("bytes:", n, "err:", err)
	var sb strings.Builder
	d.Strict = true
	d.WriteTo(&sb)
	fmt.Println(strings.Count(sb.String(), "\n"), strings.HasPrefix(sb.String(), "strict"))
	e := d.Edges[1]
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Printf("%T %T\n", e.Attr, d)
	var wt io.WriterTo = d
	_, ok := wt.(fmt.Stringer)
	fmt.Println("stringer:", ok)
}
