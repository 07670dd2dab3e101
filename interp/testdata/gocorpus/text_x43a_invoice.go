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
	TaxRate  float64
}

func (inv Invoice) Subtotal() float64 {
	s := 0.0
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return s
}

func (inv Invoice) Tax() float64 { return inv.Subtotal() * inv.TaxRate }

const tmpl = `INVOICE #{{printf "%05d" .Number}}
Bill to: {{.Customer | upper}}
{{range $i, $l := .Lines}}{{add $i 1}}. {{printf "%-20s" $l.Desc}} {{printf "%3d" $l.Qty}} x {{money $l.Price}} = {{money $l.Total}}
{{else}}(no lines)
{{end}}{{with .Subtotal}}Subtotal: {{money .}}{{end}}
Tax ({{pct .TaxRate}}): {{money .Tax}}
{{- if gt .Subtotal 100.0}}
Thank you for your large order!{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"pct":   func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	invs := []Invoice{
		{Number: 42, Customer: "Acme Corp", TaxRate: 0.08, Lines: []Line{
			{"Anvil", 2, 49.99}, {"Rocket skates", 1, 120}, {"Bird seed", 10, 1.25},
		}},
		{Number: 7, Customer: "Nobody", TaxRate: 0.1},
	}
	for _, inv := range invs {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println("---")
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, invs[0])
	fmt.Println("err:", err != nil)
}
