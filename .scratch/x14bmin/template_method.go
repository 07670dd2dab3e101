// go run: 21 42
// gobackprop, both styles: no output, clear error (refused at execution):
//
//	panic(*errors.errorString): text/template cannot use the method Double of main.Run: the
//	interpreter gives templates values of a cell's types without their methods; compute what the
//	template shows into fields or a map before executing it
//
// Found in text_x14b_template_report.go ({{.Best.N}} calling a method of a cell type).
package main

import (
	"os"
	"text/template"
)

type Run struct{ N int }

func (r Run) Double() int { return 2 * r.N }

func main() {
	template.Must(template.New("t").Parse("{{.N}} {{.Double}}\n")).Execute(os.Stdout, Run{21})
}
