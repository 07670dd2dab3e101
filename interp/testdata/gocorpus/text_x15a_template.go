package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Line struct {
	Desc  string
	Qty   int
	Price float64
}

func (l Line) Total() float64 { return float64(l.Qty) * l.Price }

type Invoice struct {
	Number   int
	Customer string
	Lines    []Line
	Notes    []string
	Paid     bool
	Meta     map[string]string
}

func (inv Invoice) Sum() float64 {
	s := 0.0
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return s
}

const tmpl = `{{define "line"}}{{printf "%-12s" .Desc}} {{.Qty | printf "%3d"}} x {{printf "%7.2f" .Price}} = {{money .Total}}{{end -}}
INVOICE #{{.Number}} for {{.Customer | upper}}
{{range $i, $l := .Lines}}{{inc $i}}. {{template "line" $l}}
{{else}}(no lines)
{{end -}}
TOTAL: {{money .Sum}}{{if gt .Sum 100.0}} (large order){{end}}
{{with .Notes}}Notes:{{range .}}
 - {{.}}{{end}}{{else}}No notes.{{end}}
Status: {{if .Paid}}PAID{{else}}DUE{{end}}
{{range $k, $v := .Meta}}{{$k}}={{$v}};{{end}}
{{len .Lines}} line(s), first: {{(index .Lines 0).Desc}}, joined: {{join (descs .Lines) "/"}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"inc":   func(i int) int { return i + 1 },
		"join":  strings.Join,
		"descs": func(ls []Line) []string {
			var out []string
			for _, l := range ls {
				out = append(out, l.Desc)
			}
			return out
		},
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	invs := []Invoice{
		{Number: 101, Customer: "Acme Corp", Lines: []Line{{"bolts", 100, 0.15}, {"nuts", 100, 0.1}, {"wrench", 2, 45.5}},
			Notes: []string{"deliver to dock B", "fragile"}, Meta: map[string]string{"region": "west", "agent": "kim"}},
		{Number: 102, Customer: "Bob's", Lines: []Line{{"glue", 1, 3.99}}, Paid: true},
	}
	for _, inv := range invs {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println("---")
	}
	err := t.Execute(os.Stdout, Invoice{Number: 103})
	fmt.Println()
	fmt.Println("err:", err != nil)
	_, err = template.New("bad").Parse("{{.Foo")
	fmt.Println("parse err:", err != nil)
}
