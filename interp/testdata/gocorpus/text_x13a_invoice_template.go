package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Line struct {
	Item  string
	Qty   int
	Price float64
}

func (l Line) Total() float64 { return float64(l.Qty) * l.Price }

type Invoice struct {
	Number   int
	Customer string
	Lines    []Line
	Discount float64
	Meta     map[string]string
}

func (inv Invoice) Subtotal() float64 {
	s := 0.0
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return s
}

const tmpl = `Invoice #{{.Number}} for {{.Customer | upper}}
{{range $i, $l := .Lines}}{{add $i 1}}. {{printf "%-8s" $l.Item}} {{$l.Qty}} x {{printf "%6.2f" $l.Price}} = {{printf "%7.2f" $l.Total}}
{{else}}(no lines)
{{end}}Subtotal: {{printf "%.2f" .Subtotal}}
{{if gt .Discount 0.0}}Discount: {{.Discount}}%
Total: {{printf "%.2f" (discount .Subtotal .Discount)}}
{{else}}No discount
{{end}}{{range $k, $v := .Meta}}{{$k}}={{$v}};{{end}}
{{with .Meta.ref}}ref is {{.}}{{else}}no ref{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper":    strings.ToUpper,
		"add":      func(a, b int) int { return a + b },
		"discount": func(v, pct float64) float64 { return v * (1 - pct/100) },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	invs := []Invoice{
		{
			Number: 1001, Customer: "acme corp",
			Lines:    []Line{{"bolts", 100, 0.05}, {"nuts", 250, 0.03}, {"gears", 3, 12.5}},
			Discount: 10,
			Meta:     map[string]string{"ref": "PO-77", "carrier": "ups", "bay": "4"},
		},
		{Number: 1002, Customer: "globex", Meta: map[string]string{}},
	}
	for _, inv := range invs {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println("----")
	}
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println("parse error:", err != nil)
	err = template.Must(template.New("x").Parse("{{.Missing}}\n")).Execute(os.Stdout, invs[0])
	fmt.Println("exec error:", err)
}
