package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

func (i Item) Total() float64 { return float64(i.Qty) * i.Price }

type Invoice struct {
	Number   int
	Customer string
	Items    []Item
	Notes    []string
	Meta     map[string]string
}

func (inv Invoice) Sum() float64 {
	s := 0.0
	for _, it := range inv.Items {
		s += it.Total()
	}
	return s
}

const tmpl = `Invoice #{{.Number}} for {{.Customer | upper}}
{{- range $i, $it := .Items}}
{{add $i 1}}. {{printf "%-8s" $it.SKU}} {{$it.Name | printf "%-12s"}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%7.2f" $it.Total}}
{{- end}}
Total: {{printf "%.2f" .Sum}}
{{if .Notes}}Notes:{{range .Notes}}
  - {{.}}{{end}}{{else}}No notes.{{end}}
{{with .Meta}}{{range $k, $v := .}}{{$k}}={{$v}};{{end}}{{end}}
{{define "footer"}}-- {{.}} --{{end}}{{template "footer" "thanks"}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	inv := Invoice{
		Number:   1042,
		Customer: "Acme Corp",
		Items: []Item{
			{"A-1", "Widget", 3, 2.5},
			{"B-22", "Gadget", 1, 19.99},
			{"C-333", "Doohickey", 12, 0.35},
		},
		Meta: map[string]string{"region": "eu", "channel": "web"},
	}
	if err := t.Execute(os.Stdout, inv); err != nil {
		fmt.Println("error:", err)
	}
	inv.Notes = []string{"fragile", "gift wrap"}
	inv.Items = inv.Items[:1]
	inv.Meta = nil
	if err := t.Execute(os.Stdout, inv); err != nil {
		fmt.Println("error:", err)
	}

	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println("parse error:", err != nil)
	t2 := template.Must(template.New("x").Option("missingkey=error").Parse("{{.a}} {{.b}}\n"))
	err = t2.Execute(os.Stdout, map[string]int{"a": 1})
	fmt.Println()
	fmt.Println("exec error:", err)
}
