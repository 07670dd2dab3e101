// Exercises: a gradient table with text/tabwriter, a Stringer on a pointer type, strings.Builder for a DOT graph of the circuit
package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Wire struct {
	From, To  string
	Val, Grad float64
}

func (w *Wire) String() string { return fmt.Sprintf("%s->%s", w.From, w.To) }

func dot(ws []*Wire) string {
	var b strings.Builder
	b.WriteString("digraph g {\n")
	for _, w := range ws {
		fmt.Fprintf(&b, "  %q -> %q [label=\"%.2f / %.2f\"];\n", w.From, w.To, w.Val, w.Grad)
	}
	b.WriteString("}")
	return b.String()
}

func main() {
	// (x + y) * z with x=-2, y=5, z=-4
	ws := []*Wire{
		{"x", "+", -2, -4}, {"y", "+", 5, -4}, {"+", "*", 3, -4}, {"z", "*", -4, 3}, {"*", "f", -12, 1},
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "wire\tvalue\tgrad\t")
	for _, w := range ws {
		fmt.Fprintf(tw, "%v\t%g\t%g\t\n", w, w.Val, w.Grad)
	}
	tw.Flush()
	fmt.Println(dot(ws))
	fmt.Println(ws[:2])
	fmt.Fprintf(os.Stdout, "%s %v\n", ws[2], *ws[3])
}
