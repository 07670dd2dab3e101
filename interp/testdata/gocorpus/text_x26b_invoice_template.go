package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func (i Item) Total() float64 { return float64(i.Qty) * i.Price }

type Invoice struct {
	Number   int
	Customer string
	Items    []Item
	Notes    map[string]string
	Discount float64
}

func (inv Invoice) Subtotal() (s float64) {
	for _, it := range inv.Items {
		s += it.Total()
	}
	return
}

const tmpl = `Invoice #{{printf "%05d" .Number}} for {{.Customer | upper}}
{{range $i, $it := .Items}}{{inc $i}}. {{printf "%-10s" $it.Name}} {{$it.Qty}} x {{money $it.Price}} = {{money $it.Total}}
{{else}}(no items)
{{end}}{{with .Discount}}Discount: {{.}}%
{{end}}Subtotal: {{money .Subtotal}}
{{- range $k, $v := .Notes}}
note {{$k}}: {{$v}}{{end}}
{{if and .Items (gt (len .Items) 2)}}bulk order{{else}}small order{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	invs := []Invoice{
		{Number: 42, Customer: "acme corp", Items: []Item{{"widget", 3, 2.5}, {"gadget", 1, 10}, {"bolt", 100, 0.05}},
			Notes: map[string]string{"ship": "ground", "gift": "no"}, Discount: 5},
		{Number: 7, Customer: "bob"},
	}
	for _, inv := range invs {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println("---")
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, invs[1])
	fmt.Println("err:", err != nil, strings.Contains(err.Error(), "Missing"))
}
