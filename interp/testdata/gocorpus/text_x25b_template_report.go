package main

import (
	"fmt"
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
{{range $i, $it := .Items}}{{if $i}}
{{end}}  {{$i | inc}}. {{printf "%-8s" $it.Name}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%7.2f" $it.Total}}{{end}}
Total: {{total .Items | printf "%.2f"}}
{{with .Notes}}Notes:{{range $k, $v := .}}
  {{$k}}: {{$v}}{{end}}{{else}}No notes{{end}}
Status: {{if .Paid}}paid{{else}}unpaid{{end}}
{{- /* trailing comment */ -}}
{{define "footer"}}-- {{.}} --{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
		"total": func(items []Item) float64 {
			t := 0.0
			for _, it := range items {
				t += it.Total()
			}
			return t
		},
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(tmpl))
	orders := []Order{
		{1, "ann", []Item{{"apple", 0.5, 6}, {"bread", 2.25, 1}}, map[string]string{"gift": "yes", "door": "back"}, true},
		{2, "bo", []Item{{"tea", 4, 2}}, nil, false},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println()
		t.ExecuteTemplate(os.Stdout, "footer", o.Customer)
		fmt.Println()
	}
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println(err != nil)
	t2 := template.Must(template.New("x").Parse("{{.Missing}}\n"))
	err = t2.Execute(os.Stdout, orders[0])
	fmt.Println(err)
	t3 := template.Must(template.New("y").Option("missingkey=error").Parse("{{.a}} {{.b}}\n"))
	err = t3.Execute(os.Stdout, map[string]int{"a": 1})
	fmt.Println(err)
	var sb strings.Builder
	template.Must(template.New("z").Parse(`{{range .}}[{{.}}]{{end}}`)).Execute(&sb, []string{"x", "y"})
	fmt.Println(sb.String(), len(sb.String()))
}
