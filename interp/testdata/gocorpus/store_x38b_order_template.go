package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Address struct {
	Street, City, Zip string
}

type Line struct {
	Name  string
	Qty   int
	Price float64
}

func (l Line) Total() float64 { return float64(l.Qty) * l.Price }

type Order struct {
	Number   int
	Customer string
	Ship     Address
	Lines    []Line
	Notes    []string
	Paid     bool
	TaxRate  float64
}

func (o Order) Subtotal() float64 {
	s := 0.0
	for _, l := range o.Lines {
		s += l.Total()
	}
	return s
}

func (o Order) Tax() float64 { return o.Subtotal() * o.TaxRate }

const invoice = `INVOICE #{{.Number}} for {{.Customer | upper}}
Ship to: {{with .Ship}}{{.Street}}, {{.City}} {{.Zip}}{{end}}
{{range $i, $l := .Lines -}}
{{inc $i}}. {{printf "%-12s" $l.Name}} {{$l.Qty}} x {{money $l.Price}} = {{money $l.Total}}
{{end -}}
Subtotal: {{money .Subtotal}}
Tax:      {{money .Tax}}
Total:    {{money (add .Subtotal .Tax)}}
Status:   {{if .Paid}}PAID{{else}}DUE{{end}}
{{- if .Notes}}
Notes:{{range .Notes}} [{{.}}]{{end}}
{{- end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"add":   func(a, b float64) float64 { return a + b },
	}
	tmpl := template.Must(template.New("invoice").Funcs(funcs).Parse(invoice))
	orders := []Order{
		{
			Number: 1001, Customer: "Jane Roe",
			Ship:    Address{"12 Elm St", "Springfield", "12345"},
			Lines:   []Line{{"Notebook", 3, 2.5}, {"Pen", 10, 0.99}, {"Backpack", 1, 34}},
			Notes:   []string{"gift wrap", "leave at door"},
			TaxRate: 0.08,
		},
		{
			Number: 1002, Customer: "John Doe",
			Ship:    Address{"9 Oak Ave", "Shelbyville", "54321"},
			Lines:   []Line{{"Laptop", 1, 899.99}},
			Paid:    true,
			TaxRate: 0.05,
		},
	}
	for _, o := range orders {
		if err := tmpl.Execute(os.Stdout, o); err != nil {
			fmt.Println("template error:", err)
		}
		fmt.Println("---")
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	if err := bad.Execute(os.Stdout, orders[0]); err != nil {
		fmt.Println("error:", strings.Contains(err.Error(), "Missing"))
	}
}
