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
	Paid     bool
}

func (inv Invoice) Sum() float64 {
	s := 0.0
	for _, it := range inv.Items {
		s += it.Total()
	}
	return s
}

const tmpl = `Invoice #{{printf "%05d" .Number}} for {{.Customer | upper}}
{{range $i, $it := .Items -}}
{{inc $i}}. {{$it.Name | printf "%-12s"}} {{$it.Qty}} x {{money $it.Price}} = {{money $it.Total}}
{{end -}}
{{with .Notes}}Notes: {{join . "; "}}{{else}}No notes.{{end}}
Total: {{money .Sum}} {{if .Paid}}(paid){{else if gt .Sum 100.0}}(due, large){{else}}(due){{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"inc":   func(i int) int { return i + 1 },
		"join":  strings.Join,
	}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(tmpl))

	invoices := []Invoice{
		{Number: 42, Customer: "acme corp", Items: []Item{
			{"A-1", "Widget", 3, 9.99},
			{"B-7", "Gadget", 1, 24.5},
		}, Notes: []string{"fragile", "gift wrap"}},
		{Number: 7, Customer: "globex", Items: []Item{
			{"C-3", "Sprocket", 12, 11},
		}, Paid: false},
		{Number: 1001, Customer: "initech", Paid: true},
	}
	for _, inv := range invoices {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println("---")
	}

	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, invoices[0])
	fmt.Println("error:", err != nil)
	_, err = template.New("x").Parse("{{if}}")
	fmt.Println("parse error:", err)
}
