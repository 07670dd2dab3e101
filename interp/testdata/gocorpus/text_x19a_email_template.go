package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type LineItem struct {
	SKU   string
	Qty   int
	Cents int
}

func (l LineItem) Total() int { return l.Qty * l.Cents }

type Order struct {
	Number   string
	Customer struct {
		First, Last string
		VIP         bool
	}
	Items    []LineItem
	Coupons  map[string]int
	Shipping *string
}

const emailTmpl = `{{define "money"}}${{printf "%d.%02d" (div . 100) (mod . 100)}}{{end -}}
Subject: Order {{.Number}} confirmed
Dear {{.Customer.First}} {{.Customer.Last | upper}},{{if .Customer.VIP}} (VIP){{end}}

{{range $i, $it := .Items -}}
{{inc $i}}. {{$it.SKU | printf "%-8s"}} x{{$it.Qty}} {{template "money" $it.Total}}
{{else -}}
(no items)
{{end -}}
{{with .Coupons}}Coupons:{{range $k, $v := .}} {{$k}}(-{{$v}}%){{end}}
{{end -}}
Shipping: {{if .Shipping}}{{.Shipping}}{{else}}pickup{{end}}
Total: {{template "money" (sum .Items)}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"div":   func(a, b int) int { return a / b },
		"mod":   func(a, b int) int { return a % b },
		"inc":   func(i int) int { return i + 1 },
		"sum": func(items []LineItem) int {
			t := 0
			for _, it := range items {
				t += it.Total()
			}
			return t
		},
	}
	t := template.Must(template.New("email").Funcs(funcs).Parse(emailTmpl))
	var o Order
	o.Number = "A-1001"
	o.Customer.First, o.Customer.Last, o.Customer.VIP = "Ada", "Lovelace", true
	o.Items = []LineItem{{"BOLT-1", 3, 125}, {"NUT-22", 10, 7}}
	o.Coupons = map[string]int{"SPRING": 10, "AUTUMN": 5}
	if err := t.Execute(os.Stdout, o); err != nil {
		fmt.Println("err:", err)
	}
	fmt.Println("---")
	addr := "1 Main St"
	o2 := Order{Number: "B-7", Shipping: &addr}
	o2.Customer.First = "Bob"
	if err := t.Execute(os.Stdout, o2); err != nil {
		fmt.Println("err:", err)
	}
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println("parse error:", err != nil)
	err = template.Must(template.New("x").Parse("{{.Missing}}")).Execute(os.Stdout, o)
	fmt.Println("\nexec error:", err)
}
