package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type Record map[string]any

type Exporter interface {
	Name() string
	Export(w io.Writer, recs []Record, cols []string) error
}

type Describer interface {
	Describe() string
}

var registry = map[string]func() Exporter{}

func Register(name string, factory func() Exporter) {
	if _, dup := registry[name]; dup {
		panic("exporter already registered: " + name)
	}
	registry[name] = factory
}

type csvExporter struct{ sep string }

func (c csvExporter) Name() string { return "csv" }
func (c csvExporter) Export(w io.Writer, recs []Record, cols []string) error {
	fmt.Fprintln(w, strings.Join(cols, c.sep))
	for _, r := range recs {
		vals := make([]string, len(cols))
		for i, col := range cols {
			vals[i] = fmt.Sprint(r[col])
		}
		fmt.Fprintln(w, strings.Join(vals, c.sep))
	}
	return nil
}

type jsonLines struct{}

func (jsonLines) Name() string     { return "jsonl" }
func (jsonLines) Describe() string { return "one JSON object per line" }
func (jsonLines) Export(w io.Writer, recs []Record, _ []string) error {
	enc := json.NewEncoder(w)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

type markdown struct{ csvExporter }

func (markdown) Name() string { return "markdown" }
func (m markdown) Export(w io.Writer, recs []Record, cols []string) error {
	fmt.Fprintf(w, "| %s |\n", strings.Join(cols, " | "))
	fmt.Fprintf(w, "|%s\n", strings.Repeat("---|", len(cols)))
	var sb strings.Builder
	m.csvExporter.Export(&sb, recs, cols)
	lines := strings.Split(strings.TrimSpace(sb.String()), "\n")
	for _, l := range lines[1:] {
		fmt.Fprintf(w, "| %s |\n", strings.ReplaceAll(l, m.sep, " | "))
	}
	return nil
}

func init() {
	Register("csv", func() Exporter { return csvExporter{sep: ","} })
	Register("tsv", func() Exporter { return csvExporter{sep: "\t"} })
	Register("jsonl", func() Exporter { return jsonLines{} })
}

func init() {
	Register("markdown", func() Exporter { return markdown{csvExporter{sep: "\x1f"}} })
}

func main() {
	recs := []Record{
		{"id": 1, "name": "Ada", "langs": []string{"go", "c"}},
		{"id": 2, "name": "Linus", "active": true},
		{"id": 3, "name": "Grace", "score": 9.5},
	}
	cols := []string{"id", "name", "score"}
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		e := registry[n]()
		desc := "(no description)"
		if d, ok := e.(Describer); ok {
			desc = d.Describe()
		}
		fmt.Printf("== %s [%s, %T] %s\n", n, e.Name(), e, desc)
		if err := e.Export(os.Stdout, recs, cols); err != nil {
			fmt.Println("error:", err)
		}
	}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	Register("csv", nil)
}
