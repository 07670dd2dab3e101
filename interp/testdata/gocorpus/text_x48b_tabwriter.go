package main

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

type Column[T any] struct {
	Header string
	Value  func(T) string
	Right  bool
}

type Table[T any] struct {
	Columns []Column[T]
	Rows    []T
}

func (t *Table[T]) Render() {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight*0)
	hs := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		hs[i] = strings.ToUpper(c.Header)
	}
	fmt.Fprintln(w, strings.Join(hs, "\t")+"\t")
	for _, r := range t.Rows {
		vals := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			vals[i] = c.Value(r)
		}
		fmt.Fprintln(w, strings.Join(vals, "\t")+"\t")
	}
	w.Flush()
}

type Pkg struct {
	Name    string
	Version string
	Size    int64
	Deps    []string
}

func human(n int64) string {
	units := []string{"B", "KB", "MB", "GB"}
	f := float64(n)
	i := 0
	for f >= 1024 && i < len(units)-1 {
		f /= 1024
		i++
	}
	return strconv.FormatFloat(f, 'f', 1, 64) + units[i]
}

func main() {
	pkgs := []Pkg{
		{"golang.org/x/text", "v0.14.0", 8_400_000, []string{"tools"}},
		{"github.com/google/uuid", "v1.6.0", 52_000, nil},
		{"gopkg.in/yaml.v3", "v3.0.1", 410_000, []string{"check.v1"}},
		{"rsc.io/quote", "v1.5.2", 900, []string{"sampler", "text"}},
	}
	slices.SortFunc(pkgs, func(a, b Pkg) int { return int(b.Size - a.Size) })
	t := Table[Pkg]{
		Columns: []Column[Pkg]{
			{Header: "name", Value: func(p Pkg) string { return p.Name }},
			{Header: "version", Value: func(p Pkg) string { return p.Version }},
			{Header: "size", Value: func(p Pkg) string { return human(p.Size) }},
			{Header: "deps", Value: func(p Pkg) string { return strconv.Itoa(len(p.Deps)) + " " + strings.Join(p.Deps, ",") }},
		},
		Rows: pkgs,
	}
	t.Render()
	fmt.Println()
	sq := Table[int]{
		Columns: []Column[int]{
			{Header: "n", Value: strconv.Itoa},
			{Header: "n^2", Value: func(n int) string { return strconv.Itoa(n * n) }},
			{Header: "hex", Value: func(n int) string { return fmt.Sprintf("%#x", n*n*n) }},
		},
		Rows: []int{1, 7, 12, 99},
	}
	sq.Render()
}
