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

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    map[string]string
	Paid     bool
}

func (o Order) Total() float64 {
	t := 0.0
	for _, it := range o.Items {
		t += float64(it.Qty) * it.Price
	}
	return t
}

const tmpl = `Order #{{.ID}} for {{.Customer | upper}}
{{- range $i, $it := .Items}}
{{inc $i}}. {{printf "%-8s" $it.SKU}} {{$it.Name}} x{{$it.Qty}} @ {{printf "%.2f" $it.Price}}
{{- end}}
Total: {{printf "%.2f" .Total}}{{if .Paid}} (paid){{else}} (DUE){{end}}
{{with .Notes}}Notes:{{range $k, $v := .}} {{$k}}={{$v}};{{end}}{{else}}No notes{{end}}
{{define "footer"}}-- {{.}} --{{end}}{{template "footer" "thanks"}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(tmpl))
	orders := []Order{
		{ID: 17, Customer: "ada", Items: []Item{{"A-1", "widget", 3, 2.5}, {"B-22", "gadget", 1, 19.99}}, Notes: map[string]string{"gift": "yes", "door": "back"}, Paid: true},
		{ID: 18, Customer: "bob", Items: nil},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			fmt.Println("exec error:", err)
		}
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, orders[0])
	fmt.Println("error:", err != nil)
	_, err = template.New("x").Parse("{{if}}")
	fmt.Println("parse error:", err)
}
