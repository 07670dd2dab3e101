// go run:      total=6
// gobackprop:  panic: text/template cannot use the method Total of main.Order: the
//
//	interpreter gives templates values of a cell's types without their methods
//	(clear error; from text_x13b_template_report.go, both styles)
package main

import (
	"os"
	"text/template"
)

type Order struct{ Qty, Price int }

func (o Order) Total() int { return o.Qty * o.Price }

func main() {
	t := template.Must(template.New("o").Parse("total={{.Total}}\n"))
	t.Execute(os.Stdout, Order{2, 3})
}
