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
	Cents int
}

func (i Item) Line() int { return i.Qty * i.Cents }

type Receipt struct {
	Store string
	Items []Item
	TaxPc int
}

func (r Receipt) Subtotal() int {
	s := 0
	for _, it := range r.Items {
		s += it.Line()
	}
	return s
}

func money(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

const tmpl = `{{upper .Store}}
{{range $i, $it := .Items}}{{add $i 1}}. {{printf "%-8s" $it.Name}} x{{$it.Qty}} {{money $it.Line}}
{{else}}(no items)
{{end}}{{with .Subtotal}}Subtotal: {{money .}}{{end}}
Tax {{.TaxPc}}%: {{money (tax .Subtotal .TaxPc)}}
{{if gt (len .Items) 2}}Thanks for the big order!{{else}}Come again.{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"money": money,
		"add":   func(a, b int) int { return a + b },
		"tax":   func(s, pc int) int { return s * pc / 100 },
	}
	t := template.Must(template.New("r").Funcs(funcs).Parse(tmpl))
	receipts := []Receipt{
		{"corner shop", []Item{{"apple", 3, 45}, {"bread", 1, 250}, {"milk", 2, 119}}, 8},
		{"kiosk", nil, 5},
	}
	for _, r := range receipts {
		if err := t.Execute(os.Stdout, r); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println("---")
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, receipts[0])
	fmt.Println("err:", err != nil)
}
