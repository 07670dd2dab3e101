package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    map[string]string
	Paid     bool
}

const tmpl = `Order #{{.ID}} for {{.Customer | upper}}
{{range $i, $it := .Items}}{{$i}}. {{printf "%-8s" $it.Name}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%.2f" $it.Total}}
{{else}}no items
{{end}}{{with .Notes}}Notes:{{range $k, $v := .}} {{$k}}={{$v}};{{end}}
{{end}}{{if .Paid}}PAID{{else if gt (len .Items) 2}}BIG UNPAID{{else}}UNPAID{{end}}
{{define "footer"}}-- {{.}} --{{end}}{{template "footer" "thanks"}}
{{- /* comment */ -}}
{{"\n"}}{{join (names .Items) ", "}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"names": func(items []Item) []string {
			var out []string
			for _, it := range items {
				out = append(out, it.Name)
			}
			return out
		},
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(tmpl))
	orders := []Order{
		{1, "ann", []Item{{"pen", 1.5, 4}, {"book", 12.25, 1}, {"bag", 30, 1}}, map[string]string{"gift": "yes", "door": "back"}, false},
		{2, "bob", nil, nil, true},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			panic(err)
		}
	}
	t2 := template.Must(template.New("x").Parse("{{.Missing}}\n"))
	err := t2.Execute(os.Stdout, orders[0])
	os.Stdout.WriteString(err.Error() + "\n")
	t3 := template.Must(template.New("m").Parse("{{range .}}[{{.}}]{{end}}\n"))
	t3.Execute(os.Stdout, map[string]int{"b": 2, "a": 1, "c": 3})
}
