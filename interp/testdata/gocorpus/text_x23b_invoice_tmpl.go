package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
	"time"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Item struct {
	Desc  string
	Qty   int
	Price Cents
}

func (i Item) Amount() Cents { return i.Price * Cents(i.Qty) }

type Invoice struct {
	Number  int
	Date    time.Time
	Due     time.Time
	Client  string
	Items   []Item
	TaxRate float64
}

func (inv Invoice) Subtotal() Cents {
	var s Cents
	for _, it := range inv.Items {
		s += it.Amount()
	}
	return s
}

func (inv Invoice) Tax() Cents { return Cents(float64(inv.Subtotal())*inv.TaxRate + 0.5) }

func (inv Invoice) Total() Cents { return inv.Subtotal() + inv.Tax() }

const tmpl = `INVOICE #{{printf "%05d" .Number}}
Client: {{.Client | upper}}
Date: {{.Date.Format "2006-01-02"}}  Due: {{.Due.Format "Jan 2, 2006"}}
{{range $i, $it := .Items}}{{inc $i}}. {{printf "%-12s" $it.Desc}} {{$it.Qty}} x {{$it.Price}} = {{$it.Amount}}
{{else}}(no items)
{{end}}{{with .Subtotal}}Subtotal: {{.}}
{{end}}Tax ({{pct .TaxRate}}): {{.Tax}}
Total: {{.Total}}
{{if gt (len .Items) 2}}Bulk order{{else}}Small order{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
		"pct":   func(f float64) string { return fmt.Sprintf("%.1f%%", f*100) },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	d := time.Date(2024, 2, 28, 0, 0, 0, 0, time.UTC)
	invs := []Invoice{
		{Number: 17, Date: d, Due: d.AddDate(0, 0, 30), Client: "acme corp", TaxRate: 0.0825,
			Items: []Item{{"Widget", 3, 1250}, {"Gadget", 1, 9999}, {"Service hr", 4, 7500}}},
		{Number: 18, Date: d, Due: d.Add(14 * 24 * time.Hour), Client: "initech", TaxRate: 0},
	}
	for _, inv := range invs {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println("---")
	}
}
