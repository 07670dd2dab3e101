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
{{end}}{{printf "%2d. %-8s %3d x %6.2f = %7.2f" (inc $i) $it.Name $it.Qty $it.Price $it.Total}}{{end}}
{{with .Notes}}Notes:{{range $k, $v := .}} {{$k}}={{$v}};{{end}}{{else}}No notes{{end}}
Status: {{if .Paid}}paid{{else if gt (len .Items) 2}}big, unpaid{{else}}unpaid{{end}}
Total: {{total .Items | printf "%.2f"}}
{{define "footer"}}-- {{.}} --{{end}}{{template "footer" "thanks"}}
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
		{1, "ann", []Item{{"pen", 1.5, 4}, {"book", 12.99, 1}}, map[string]string{"gift": "yes", "door": "back"}, true},
		{2, "bob", []Item{{"cup", 3, 2}, {"plate", 4.25, 6}, {"fork", 0.5, 12}}, nil, false},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			fmt.Println("error:", err)
		}
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, orders[0])
	fmt.Println("err:", err != nil, strings.Contains(err.Error(), "Missing"))
	t2 := template.Must(template.New("m").Parse(`{{range .}}{{.}},{{end}}{{"\n"}}`))
	t2.Execute(os.Stdout, map[string]int{"b": 2, "a": 1, "c": 3})
	var sb strings.Builder
	template.Must(template.New("x").Parse(`{{len .}} {{index . 1}} {{slice . 1 3}} {{eq (index . 0) "x"}}`)).Execute(&sb, []string{"x", "y", "z"})
	fmt.Println(sb.String())
}
