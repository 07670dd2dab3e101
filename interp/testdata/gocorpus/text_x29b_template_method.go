package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

// ReportSteps are the hooks a concrete report provides.
type ReportSteps interface {
	Title() string
	Rows() [][]string
	Footer(rows [][]string) string
}

// Report holds the fixed algorithm (template method).
type Report struct {
	steps ReportSteps
	tmpl  *template.Template
}

const layout = `== {{.Title | upper}} ==
{{range $i, $r := .Rows}}{{if $i}}
{{end}}{{index $r 0 | printf "%-10s"}}{{range slice $r 1}} | {{.}}{{end}}{{end}}
{{with .Footer}}-- {{.}}{{else}}-- (no footer){{end}}
`

func NewReport(s ReportSteps) *Report {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	return &Report{steps: s, tmpl: template.Must(template.New("r").Funcs(funcs).Parse(layout))}
}

func (r *Report) Render() error {
	rows := r.steps.Rows()
	data := struct {
		Title  string
		Rows   [][]string
		Footer string
	}{r.steps.Title(), rows, r.steps.Footer(rows)}
	return r.tmpl.Execute(os.Stdout, data)
}

type baseSteps struct{ name string }

func (b baseSteps) Title() string                 { return b.name }
func (b baseSteps) Footer(rows [][]string) string { return fmt.Sprintf("%d rows", len(rows)) }

type salesSteps struct {
	baseSteps
	sales map[string]int
	order []string
}

func (s salesSteps) Rows() [][]string {
	var rows [][]string
	for _, k := range s.order {
		rows = append(rows, []string{k, fmt.Sprint(s.sales[k]), strings.Repeat("*", s.sales[k]/10)})
	}
	return rows
}

func (s salesSteps) Footer(rows [][]string) string {
	total := 0
	for _, v := range s.sales {
		total += v
	}
	return s.baseSteps.Footer(rows) + fmt.Sprintf(", total %d", total)
}

type inventorySteps struct {
	baseSteps
	items []string
}

func (s inventorySteps) Rows() [][]string {
	rows := make([][]string, len(s.items))
	for i, it := range s.items {
		name, qty, _ := strings.Cut(it, ":")
		rows[i] = []string{name, qty}
	}
	return rows
}

type emptySteps struct{ baseSteps }

func (emptySteps) Rows() [][]string         { return nil }
func (emptySteps) Footer([][]string) string { return "" }

func main() {
	reports := []ReportSteps{
		salesSteps{baseSteps{"q3 sales"}, map[string]int{"north": 42, "south": 17, "east": 65}, []string{"east", "north", "south"}},
		inventorySteps{baseSteps{"inventory"}, []string{"bolts:120", "nuts:80", "washers:0"}},
		emptySteps{baseSteps{"empty"}},
	}
	for _, s := range reports {
		if err := NewReport(s).Render(); err != nil {
			fmt.Println("render error:", err)
		}
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, struct{ Present int }{1})
	fmt.Println("error:", err != nil, strings.Contains(fmt.Sprint(err), "Missing"))
}
