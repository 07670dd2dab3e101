package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type LineItem struct {
	Desc  string
	Qty   int
	Price float64
}

func (l LineItem) Total() float64 { return float64(l.Qty) * l.Price }

type Invoice struct {
	Number   string
	Customer string
	Items    []LineItem
	Paid     bool
	Notes    []string
}

func (inv Invoice) Sum() float64 {
	s := 0.0
	for _, it := range inv.Items {
		s += it.Total()
	}
	return s
}

const invoiceTmpl = `Invoice {{.Number}} for {{.Customer | upper}}
{{range $i, $it := .Items}}{{add $i 1}}. {{printf "%-10s" $it.Desc}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%7.2f" $it.Total}}
{{end}}Total: {{printf "%.2f" .Sum}}
{{if .Paid}}Status: PAID{{else}}Status: DUE{{end}}
{{with .Notes}}Notes: {{join . "; "}}{{else}}No notes{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
		"join":  strings.Join,
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(invoiceTmpl))
	invoices := []Invoice{
		{"INV-001", "acme corp", []LineItem{{"Bolts", 100, 0.15}, {"Nuts", 250, 0.05}, {"Wrench", 1, 12.5}}, true, nil},
		{"INV-002", "globex", []LineItem{{"Consulting", 3, 150}}, false, []string{"net 30", "PO 7781"}},
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
	var sb strings.Builder
	template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}},{{end}}`)).Execute(&sb, map[string]int{"b": 2, "a": 1})
	fmt.Println(sb.String())
}
