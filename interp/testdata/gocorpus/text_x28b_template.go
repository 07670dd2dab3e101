package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

// text/template pitfalls: unexported fields are invisible, missing map keys
// print "<no value>" unless missingkey=error, and range rebinds dot.

type Item struct {
	Name  string
	Price float64
	Qty   int
	notes string
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Meta     map[string]string
}

const invoice = `Order #{{.ID}} for {{.Customer | upper}}
{{- range $i, $it := .Items}}
{{inc $i}}. {{printf "%-8s" $it.Name}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%7.2f" $it.Total}}
{{- end}}
{{with .Meta.coupon}}Coupon: {{.}}{{else}}No coupon{{end}}
Total: {{total .Items | printf "%.2f"}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
		"total": func(items []Item) float64 {
			var t float64
			for _, it := range items {
				t += it.Total()
			}
			return t
		},
	}
	tmpl := template.Must(template.New("invoice").Funcs(funcs).Parse(invoice))
	order := Order{
		ID:       7,
		Customer: "ada",
		Items:    []Item{{"pen", 1.5, 4, "blue"}, {"notebook", 3.25, 2, ""}},
		Meta:     map[string]string{"coupon": "SAVE10"},
	}
	if err := tmpl.Execute(os.Stdout, order); err != nil {
		fmt.Println("error:", err)
	}
	order.Meta = nil
	order.Items = nil
	tmpl.Execute(os.Stdout, order)

	// Missing keys.
	data := map[string]string{"name": "x"}
	t2 := template.Must(template.New("m").Parse("name={{.name}} age={{.age}}\n"))
	t2.Execute(os.Stdout, data)
	t3 := template.Must(template.New("m").Option("missingkey=error").Parse("name={{.name}} age={{.age}}\n"))
	err := t3.Execute(os.Stdout, data)
	fmt.Println()
	fmt.Println("error:", err)

	// Unexported field access fails at execution time.
	t4 := template.Must(template.New("u").Parse("{{.notes}}"))
	err = t4.Execute(os.Stdout, order.Items)
	fmt.Println("error:", err != nil)
	err = t4.Execute(os.Stdout, Item{notes: "n"})
	fmt.Println("error:", err)

	// Whitespace trimming and comparisons.
	t5 := template.Must(template.New("cmp").Parse(`{{range .}}{{if gt . 2}}big{{else if eq . 2}}two{{else}}small{{end}} {{end}}
`))
	t5.Execute(os.Stdout, []int{1, 2, 3})

	// Nested templates with define/template.
	const layout = `{{define "row"}}[{{.}}]{{end}}{{range .}}{{template "row" .}}{{end}}
`
	t6 := template.Must(template.New("layout").Parse(layout))
	t6.Execute(os.Stdout, []string{"a", "b"})

	// Variables and len/index.
	t8 := template.Must(template.New("v").Funcs(template.FuncMap{"dec": func(i int) int { return i - 1 }}).Parse(`{{$n := len .}}{{$n}} items, first={{index . 0}}, last={{index . (dec $n)}}
`))
	t8.Execute(os.Stdout, []string{"x", "y", "z"})
}
