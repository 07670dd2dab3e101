package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    map[string]string
	Paid     bool
}

const tmpl = `Order #{{.ID}} for {{.Customer | upper}}
{{range $i, $it := .Items -}}
{{add $i 1}}. {{printf "%-8s" $it.Name}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%6.2f" $it.Total}}
{{end -}}
{{with .Notes}}Notes:{{range $k, $v := .}} {{$k}}={{$v}};{{end}}{{end}}
Status: {{if .Paid}}paid{{else}}unpaid{{end}}
{{- define "footer"}}
-- {{len .Items}} item(s) --{{end}}
{{template "footer" .}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(tmpl))
	o := Order{
		ID:       7,
		Customer: "grace",
		Items:    []Item{{"widget", 2.5, 4}, {"gadget", 10, 1}},
		Notes:    map[string]string{"gift": "yes", "deliver": "am"},
	}
	if err := t.Execute(os.Stdout, o); err != nil {
		fmt.Println("error:", err)
	}
	o.Paid = true
	o.Notes = nil
	o.Items = o.Items[:1]
	var sb strings.Builder
	_ = t.Execute(&sb, o)
	fmt.Print(sb.String())

	small := template.Must(template.New("s").Parse(`{{.missing}}|{{index . "k"}}|{{len .}}|{{eq (index . "k") "v"}}|{{"quote" | printf "%q"}}` + "\n"))
	_ = small.Execute(os.Stdout, map[string]string{"k": "v"})

	bad := template.Must(template.New("b").Parse("{{.Nope}}\n"))
	err := bad.Execute(os.Stdout, o)
	fmt.Println("err:", err)

	_, err = template.New("p").Parse("{{if}}")
	fmt.Println("parse err:", err)
}
